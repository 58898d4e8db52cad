package com.broadleafloyalty.recommend.core;

/**
 * Inverts a symmetric positive definite matrix held as its lower triangle (row i holds columns 0..i), with the
 * blocked sweep operator (Goodnight 1979). Sweeping a block K of pivots maps {@code A_KK -> -A_KK^-1},
 * {@code A_KR -> A_KK^-1 A_KR}, {@code A_RK -> A_RK A_KK^-1}, {@code A_RR -> A_RR - A_RK A_KK^-1 A_KR}; the matrix
 * stays symmetric after every block, so only the lower triangle is stored and updated (half the memory and half the
 * multiply-adds of Gauss-Jordan on the whole matrix), and after the last block it holds {@code -A^-1}. No pivoting
 * is needed: every block left to sweep is a Schur complement of a positive definite matrix, itself positive definite
 * (a ridge-regularized Gram matrix is one). The rank-{@code BLOCK} update is where the n^3 / 2 multiply-adds go;
 * doing it a block at a time keeps the pivot rows in cache. Rows are updated on {@code threads} threads.
 */
final class SymmetricMatrixInverse {

    static final int BLOCK = 64;

    private SymmetricMatrixInverse() {
    }

    /** Inverts a full symmetric matrix in place (for tests and small matrices). */
    static void invertInPlace(double[][] matrix) {
        int n = matrix.length;
        double[][] lower = new double[n][];
        for (int i = 0; i < n; i++) {
            lower[i] = java.util.Arrays.copyOf(matrix[i], i + 1);
        }
        sweepAll(lower, 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                matrix[i][j] = -lower[i][j];
                matrix[j][i] = -lower[i][j];
            }
        }
    }

    /** Sweeps every pivot of the lower triangle {@code lower}: afterwards it holds the lower triangle of -A^-1. */
    static void sweepAll(final double[][] lower, int threads) {
        final int n = lower.length;
        for (int first = 0; first < n; first += BLOCK) {
            final int from = first;
            final int to = Math.min(n, first + BLOCK);
            final int size = to - from;
            final double[][] pivotInverse = new double[size][size];
            for (int a = 0; a < size; a++) {
                for (int b = 0; b <= a; b++) {
                    pivotInverse[a][b] = lower[from + a][from + b];
                    pivotInverse[b][a] = lower[from + a][from + b];
                }
            }
            invertSmall(pivotInverse, from);
            final double[][] pivotRows = pivotRows(lower, pivotInverse, from, to);
            Parallel.forEach(threads, n, i -> {
                if (i < from || i >= to) {
                    updateRow(lower, i, from, to, pivotRows);
                }
            });
            for (int a = 0; a < size; a++) {
                double[] row = lower[from + a];
                System.arraycopy(pivotRows[a], 0, row, 0, from);
                for (int b = 0; b <= a; b++) {
                    row[from + b] = -pivotInverse[a][b];
                }
            }
            for (int i = to; i < n; i++) {
                double[] row = lower[i];
                for (int b = 0; b < size; b++) {
                    row[from + b] = pivotRows[b][i];
                }
            }
        }
    }

    /** {@code A_KK^-1 A_Kj} for every column j outside the block (zero inside it), read from the lower triangle. */
    private static double[][] pivotRows(double[][] lower, double[][] pivotInverse, int from, int to) {
        int n = lower.length;
        int size = to - from;
        double[][] rows = new double[size][n];
        for (int a = 0; a < size; a++) {
            double[] row = rows[a];
            for (int b = 0; b < size; b++) {
                double factor = pivotInverse[a][b];
                double[] source = lower[from + b];
                for (int j = 0; j < from; j++) {
                    row[j] += factor * source[j];
                }
            }
        }
        double[] column = new double[size];
        for (int j = to; j < n; j++) {
            System.arraycopy(lower[j], from, column, 0, size);
            for (int a = 0; a < size; a++) {
                double[] inverseRow = pivotInverse[a];
                double sum = 0d;
                for (int b = 0; b < size; b++) {
                    sum += inverseRow[b] * column[b];
                }
                rows[a][j] = sum;
            }
        }
        return rows;
    }

    /** {@code A_ij -= A_iK (A_KK^-1 A_Kj)} for the columns j <= i outside the block; A_iK as it was before. */
    private static void updateRow(double[][] lower, int i, int from, int to, double[][] pivotRows) {
        int size = to - from;
        double[] row = lower[i];
        double[] factors = new double[size];
        for (int b = 0; b < size; b++) {
            factors[b] = i >= to ? row[from + b] : lower[from + b][i];
        }
        subtractCombination(row, 0, Math.min(i + 1, from), factors, pivotRows);
        if (i >= to) {
            subtractCombination(row, to, i + 1, factors, pivotRows);
        }
    }

    /** {@code row[j] -= sum of factors[b] * pivotRows[b][j]} for j in [start, end), four pivot rows per pass. */
    private static void subtractCombination(double[] row, int start, int end, double[] factors,
            double[][] pivotRows) {
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
            for (int j = start; j < end; j++) {
                row[j] -= f0 * p0[j] + f1 * p1[j] + f2 * p2[j] + f3 * p3[j];
            }
        }
        for (; b < factors.length; b++) {
            double factor = factors[b];
            double[] pivotRow = pivotRows[b];
            for (int j = start; j < end; j++) {
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
