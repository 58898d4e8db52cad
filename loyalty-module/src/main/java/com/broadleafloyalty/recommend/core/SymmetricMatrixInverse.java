package com.broadleafloyalty.recommend.core;

/**
 * Inverts a symmetric positive definite matrix in place by blocked Gauss-Jordan elimination (no pivoting is needed
 * for a positive definite matrix; a ridge-regularized Gram matrix is one). Eliminating a block K of pivots at once is
 * the same as eliminating them one by one: {@code A_KK <- A_KK^-1}, {@code A_KR <- A_KK^-1 A_KR},
 * {@code A_RK <- -A_RK A_KK^-1}, {@code A_RR <- A_RR - A_RK A_KK^-1 A_KR}. The last step, a rank-{@code BLOCK} update,
 * is where the n^3 multiply-adds go; doing it a block at a time keeps the pivot rows in cache instead of streaming
 * the whole matrix from memory once per pivot. Rows are updated on {@code threads} threads.
 */
final class SymmetricMatrixInverse {

    static final int BLOCK = 64;

    private SymmetricMatrixInverse() {
    }

    static void invertInPlace(final double[][] matrix) {
        invertInPlace(matrix, Runtime.getRuntime().availableProcessors());
    }

    static void invertInPlace(final double[][] matrix, int threads) {
        final int n = matrix.length;
        for (int first = 0; first < n; first += BLOCK) {
            final int from = first;
            final int to = Math.min(n, first + BLOCK);
            final int size = to - from;
            double[][] pivotInverse = new double[size][size];
            for (int a = 0; a < size; a++) {
                System.arraycopy(matrix[from + a], from, pivotInverse[a], 0, size);
            }
            invertSmall(pivotInverse, from);
            final double[][] pivotRows = new double[size][];
            for (int a = 0; a < size; a++) {
                double[] row = new double[n];
                for (int b = 0; b < size; b++) {
                    double factor = pivotInverse[a][b];
                    double[] source = matrix[from + b];
                    for (int j = 0; j < n; j++) {
                        row[j] += factor * source[j];
                    }
                }
                System.arraycopy(pivotInverse[a], 0, row, from, size);
                pivotRows[a] = row;
            }
            Parallel.forEach(threads, n, i -> {
                if (i < from || i >= to) {
                    double[] row = matrix[i];
                    double[] factors = new double[size];
                    System.arraycopy(row, from, factors, 0, size);
                    for (int b = 0; b < size; b++) {
                        row[from + b] = 0d;
                    }
                    subtractCombination(row, factors, pivotRows);
                }
            });
            for (int a = 0; a < size; a++) {
                matrix[from + a] = pivotRows[a];
            }
        }
    }

    /** {@code row -= sum of factors[b] * pivotRows[b]}, four pivot rows per pass over {@code row}. */
    private static void subtractCombination(double[] row, double[] factors, double[][] pivotRows) {
        int n = row.length;
        int b = 0;
        for (; b + 3 < factors.length; b += 4) {
            double f0 = factors[b];
            double f1 = factors[b + 1];
            double f2 = factors[b + 2];
            double f3 = factors[b + 3];
            double[] p0 = pivotRows[b];
            double[] p1 = pivotRows[b + 1];
            double[] p2 = pivotRows[b + 2];
            double[] p3 = pivotRows[b + 3];
            for (int j = 0; j < n; j++) {
                row[j] -= f0 * p0[j] + f1 * p1[j] + f2 * p2[j] + f3 * p3[j];
            }
        }
        for (; b < factors.length; b++) {
            double factor = factors[b];
            double[] pivotRow = pivotRows[b];
            for (int j = 0; j < n; j++) {
                row[j] -= factor * pivotRow[j];
            }
        }
    }

    /** Plain Gauss-Jordan on one diagonal block; {@code offset} only names the pivot in an error. */
    private static void invertSmall(double[][] block, int offset) {
        int n = block.length;
        for (int k = 0; k < n; k++) {
            double[] pivotRow = block[k];
            double pivot = pivotRow[k];
            if (!(pivot > 0d)) {
                throw new IllegalArgumentException("Matrix is not positive definite (pivot " + pivot + " at "
                        + (offset + k) + ")");
            }
            pivotRow[k] = 1d;
            for (int j = 0; j < n; j++) {
                pivotRow[j] /= pivot;
            }
            for (int i = 0; i < n; i++) {
                if (i != k) {
                    double[] row = block[i];
                    double factor = row[k];
                    row[k] = 0d;
                    for (int j = 0; j < n; j++) {
                        row[j] -= factor * pivotRow[j];
                    }
                }
            }
        }
    }
}
