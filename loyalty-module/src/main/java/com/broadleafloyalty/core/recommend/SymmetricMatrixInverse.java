package com.broadleafloyalty.core.recommend;

import java.util.stream.IntStream;

/**
 * Inverts a symmetric positive definite matrix in place by Gauss-Jordan elimination. No pivoting is needed for a
 * positive definite matrix (a ridge-regularized Gram matrix is one). Cost n^3 multiply-adds; the rows of each step
 * are eliminated in parallel. A few thousand products take seconds.
 */
final class SymmetricMatrixInverse {

    private SymmetricMatrixInverse() {
    }

    static void invertInPlace(final double[][] matrix) {
        final int n = matrix.length;
        for (int k = 0; k < n; k++) {
            final double[] pivotRow = matrix[k];
            double pivot = pivotRow[k];
            if (!(pivot > 0d)) {
                throw new IllegalArgumentException("Matrix is not positive definite (pivot " + pivot + " at " + k + ")");
            }
            pivotRow[k] = 1d;
            double inverse = 1d / pivot;
            for (int j = 0; j < n; j++) {
                pivotRow[j] *= inverse;
            }
            final int column = k;
            IntStream.range(0, n).parallel().forEach(i -> {
                if (i != column) {
                    double[] row = matrix[i];
                    double factor = row[column];
                    if (factor != 0d) {
                        row[column] = 0d;
                        for (int j = 0; j < n; j++) {
                            row[j] -= factor * pivotRow[j];
                        }
                    }
                }
            });
        }
    }
}
