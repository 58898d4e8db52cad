package com.broadleafloyalty.recommend.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EaseTrainerTest {

    @Test
    void shouldMatchTheClosedFormOnTwoProducts() {
        // Three customers bought a and b together, one bought only a, all on the same day (no decay).
        ShoppingHistory history = new ShoppingHistory()
                .manyCustomersBuy(3, "both", "2011-01-01", "a", "b")
                .order("only-a", "2011-01-01", "a");
        ProductIndex products = new ProductIndex();
        PurchaseHistories histories = history.recordedInto(products, 60d, 365d);

        ItemWeights weights = new EaseTrainer(1d, 10, 100, 1).train(matrix(histories, products));

        // G + I = [[5, 3], [3, 4]]; P = inverse = [[4, -3], [-3, 5]] / 11; B[a][b] = -P[a][b] / P[b][b] = 3/5.
        int a = products.numberOf("a");
        int b = products.numberOf("b");
        assertThat(weights.neighboursOf(a)).containsExactly(b);
        assertThat((double) weights.weightsOf(a)[0]).isCloseTo(0.6d, within(1e-6));
        assertThat((double) weights.weightsOf(b)[0]).isCloseTo(0.75d, within(1e-6));
    }

    @Test
    void shouldKeepOnlyTheStrongestNeighboursOfEachProduct() {
        ShoppingHistory history = new ShoppingHistory()
                .manyCustomersBuy(5, "strong", "2011-01-01", "a", "b")
                .manyCustomersBuy(3, "medium", "2011-01-01", "a", "c")
                .manyCustomersBuy(1, "weak", "2011-01-01", "a", "d");
        ProductIndex products = new ProductIndex();
        PurchaseHistories histories = history.recordedInto(products, 60d, 365d);

        ItemWeights weights = new EaseTrainer(1d, 2, 100, 1).train(matrix(histories, products));

        assertThat(weights.neighboursOf(products.numberOf("a")))
                .containsExactly(products.numberOf("b"), products.numberOf("c"));
    }

    @Test
    void shouldCountEightBytesPerKeptNeighbour() {
        ItemWeights weights = new ItemWeights(new int[][] {{1, 2}, {0}, null}, new float[][] {{1f, 0.5f}, {1f}, null});

        assertThat(weights.bytes()).isEqualTo(32L * 3 + 8L * 3);
        assertThat(weights.neighboursOf(2)).isEmpty();
        assertThat(weights.neighboursOf(7)).isEmpty();
    }

    @Test
    void shouldWeighRecentCoPurchasesMoreThanOldOnes() {
        ShoppingHistory history = new ShoppingHistory()
                .manyCustomersBuy(4, "last-year", "2010-06-01", "a", "old-partner")
                .manyCustomersBuy(4, "this-month", "2011-06-01", "a", "new-partner");
        ProductIndex products = new ProductIndex();
        PurchaseHistories histories = history.recordedInto(products, 60d, 365d);

        ItemWeights weights = new EaseTrainer(1d, 10, 100, 1).train(matrix(histories, products));

        assertThat(weights.neighboursOf(products.numberOf("a"))[0]).isEqualTo(products.numberOf("new-partner"));
    }

    @Test
    void shouldGiveProductsOutsideTheDenseHeadOneProductRidgeWeights() {
        // a is bought by 4 customers (the head of one product), b by 3 of them: G[b][a] = 3, G[b][b] = 3.
        ShoppingHistory history = new ShoppingHistory()
                .manyCustomersBuy(3, "both", "2011-01-01", "a", "b")
                .order("only-a", "2011-01-01", "a");
        ProductIndex products = new ProductIndex();
        PurchaseHistories histories = recorded(history, products);

        ItemWeights weights = new EaseTrainer(1d, 10, 1, 1).train(matrix(histories, products));

        int a = products.numberOf("a");
        int b = products.numberOf("b");
        assertThat(weights.neighboursOf(a)).isEmpty();
        assertThat(weights.neighboursOf(b)).containsExactly(a);
        assertThat((double) weights.weightsOf(b)[0]).isCloseTo(3d / (3d + 1d), within(1e-6));
    }

    @Test
    void shouldPutTheProductCustomersBuyNowBeforeOneThatGoesAsWellButSoldLongAgo() {
        ShoppingHistory history = new ShoppingHistory()
                .manyCustomersBuy(4, "spring", "2011-03-01", "a", "spring-partner")
                .manyCustomersBuy(4, "summer", "2011-06-01", "a", "summer-partner")
                .manyCustomersBuy(4, "lately", "2011-06-01", "summer-partner")
                .manyCustomersBuy(4, "then", "2011-03-01", "spring-partner");
        ProductIndex products = new ProductIndex();
        PurchaseHistories histories = history.recordedInto(products, 0d, 365d);

        ItemWeights weights = new EaseTrainer(1d, 10, 100, 1)
                .train(PurchaseMatrix.of(histories, products.size(), new RecencyDecay(21d)));

        assertThat(weights.neighboursOf(products.numberOf("a"))[0]).isEqualTo(products.numberOf("summer-partner"));
    }

    private static PurchaseHistories recorded(ShoppingHistory history, ProductIndex products) {
        PurchaseHistories histories = history.recordedInto(products, 60d, 365d);
        return histories;
    }

    /** The training snapshot without the demand trend (every product equally fresh). */
    private static PurchaseMatrix matrix(PurchaseHistories histories, ProductIndex products) {
        return PurchaseMatrix.of(histories, products.size(), new RecencyDecay(0d));
    }
}
