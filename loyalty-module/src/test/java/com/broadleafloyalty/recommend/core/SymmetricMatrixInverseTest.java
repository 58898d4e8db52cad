package com.broadleafloyalty.recommend.core;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SymmetricMatrixInverseTest {

    @Test
    void shouldInvertAGramMatrixLargerThanOneBlock() {
        int n = SymmetricMatrixInverse.BLOCK * 2 + 7;
        double[][] gram = randomGram(n, new Random(7));
        double[][] inverse = copy(gram);

        SymmetricMatrixInverse.invertInPlace(inverse);

        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double product = 0d;
                for (int k = 0; k < n; k++) {
                    product += gram[i][k] * inverse[k][j];
                }
                assertThat(product).isCloseTo(i == j ? 1d : 0d, within(1e-9));
            }
        }
    }

    @Test
    void shouldInvertATwoByTwoMatrixExactly() {
        double[][] matrix = {{4d, 2d}, {2d, 3d}};

        SymmetricMatrixInverse.invertInPlace(matrix);

        assertThat(matrix[0]).containsExactly(new double[] {0.375d, -0.25d}, within(1e-12));
        assertThat(matrix[1]).containsExactly(new double[] {-0.25d, 0.5d}, within(1e-12));
    }

    @Test
    void shouldRefuseAMatrixThatIsNotPositiveDefinite() {
        double[][] matrix = {{0d, 1d}, {1d, 0d}};

        assertThatThrownBy(() -> SymmetricMatrixInverse.invertInPlace(matrix))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not positive definite");
    }

    private static double[][] randomGram(int n, Random random) {
        double[][] gram = new double[n][n];
        for (int customer = 0; customer < n * 3; customer++) {
            int[] products = new int[5];
            for (int k = 0; k < products.length; k++) {
                products[k] = random.nextInt(n);
            }
            for (int a : products) {
                for (int b : products) {
                    gram[a][b] += 1d;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            gram[i][i] += 2d;
        }
        return gram;
    }

    private static double[][] copy(double[][] matrix) {
        double[][] copy = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }
}
