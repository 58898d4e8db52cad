package com.broadleafloyalty.recommend.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameSimilarityTest {

    @Test
    void shouldCompareWordsWithoutCaseAccentsPunctuationOrShortWords() {
        assertThat(NameSimilarity.words("Cămașă de noapte, ROȘIE!")).containsExactly("camasa", "noapte", "rosie");
        assertThat(NameSimilarity.words("Taza AZÚL 250ml")).containsExactly("taza", "azul", "250ml");
        assertThat(NameSimilarity.words("  -- ")).isEmpty();
        assertThat(NameSimilarity.words(null)).isEmpty();
    }

    @Test
    void shouldRankProductsSharingRareWordsFirstAndLeaveUnrelatedOnesOut() {
        ShoppingHistory history = new ShoppingHistory()
                .manyCustomersBuy(2, "a", "2011-03-01", "red-bag")
                .manyCustomersBuy(2, "b", "2011-03-01", "pink-bag")
                .manyCustomersBuy(2, "c", "2011-03-01", "red-mug")
                .manyCustomersBuy(2, "d", "2011-03-01", "hose")
                .manyCustomersBuy(2, "e", "2011-03-01", "nameless");
        Trained trained = new Trained(history, 10);

        ItemWeights weights = trained.learn("Red lunch bag", "Pink lunch bag", "Red mug", "Garden hose", null);

        assertThat(trained.ids(weights.neighboursOf(trained.number("red-bag")))).containsExactly("pink-bag", "red-mug");
        float[] strengths = weights.weightsOf(trained.number("red-bag"));
        assertThat(strengths[0]).isGreaterThan(strengths[1]);
        assertThat(weights.neighboursOf(trained.number("hose"))).isEmpty();
        assertThat(weights.neighboursOf(trained.number("nameless"))).isEmpty();
    }

    @Test
    void shouldWeighAProductWhoseBuyersStoppedBuyingLess() {
        ShoppingHistory history = new ShoppingHistory()
                .manyCustomersBuy(2, "a", "2011-06-01", "red-bag")
                .manyCustomersBuy(2, "b", "2011-01-01", "pink-bag")
                .manyCustomersBuy(2, "c", "2011-06-01", "blue-bag")
                .manyCustomersBuy(2, "d", "2011-06-01", "hose", "scale", "lamp");
        Trained trained = new Trained(history, 10);

        ItemWeights weights = trained.learn("Red lunch bag", "Pink lunch bag", "Blue lunch bag", "Garden hose",
                "Kitchen scale", "Desk lamp");

        // Same words, but the pink bag's buyers last bought five months ago: its demand has gone stale.
        assertThat(trained.ids(weights.neighboursOf(trained.number("red-bag")))).containsExactly("blue-bag", "pink-bag");
    }

    @Test
    void shouldLinkNothingThroughAWordEveryNameHas() {
        ShoppingHistory history = new ShoppingHistory()
                .manyCustomersBuy(1, "a", "2011-03-01", "one")
                .manyCustomersBuy(1, "b", "2011-03-01", "two");
        Trained trained = new Trained(history, 10);

        ItemWeights weights = trained.learn("Lunch bag red", "Lunch bag pink");

        assertThat(weights.neighboursOf(trained.number("one"))).isEmpty();
    }

    @Test
    void shouldNotCallNamesAlikeThatShareOnlyWordsNearlyEveryProductHas() {
        ShoppingHistory history = new ShoppingHistory();
        String[] names = new String[12];
        for (int i = 0; i < 11; i++) {
            history.order("c" + i, "2011-03-01", "p" + i);
            names[i] = "Test product " + (101 + i);
        }
        history.order("c11", "2011-03-01", "lamp");
        names[11] = "Garden lamp";
        Trained trained = new Trained(history, 10);

        ItemWeights weights = trained.learn(names);

        // Cosine about 0.002: "test" and "product" are in 11 of 12 names, each number in one.
        assertThat(weights.neighboursOf(trained.number("p0"))).isEmpty();
    }

    @Test
    void shouldKeepOnlyTheStrongestNeighbours() {
        ShoppingHistory history = new ShoppingHistory()
                .manyCustomersBuy(1, "a", "2011-03-01", "one")
                .manyCustomersBuy(1, "b", "2011-03-01", "two")
                .manyCustomersBuy(1, "c", "2011-03-01", "three")
                .manyCustomersBuy(1, "d", "2011-03-01", "four");
        Trained trained = new Trained(history, 1);

        ItemWeights weights = trained.learn("folding chair green", "chair green", "chair blue", "lamp");

        assertThat(trained.ids(weights.neighboursOf(trained.number("one")))).containsExactly("two");
    }

    /** A small history's matrix, and its product numbers in the order the products were first bought. */
    private static final class Trained {

        private final ProductIndex products = new ProductIndex();
        private final PurchaseMatrix matrix;
        private final int neighbours;

        Trained(ShoppingHistory history, int neighbours) {
            this.matrix = PurchaseMatrix.of(history.recordedInto(products, 60d, 365d), products.size(),
                    new RecencyDecay(30d));
            this.neighbours = neighbours;
        }

        ItemWeights learn(String... names) {
            return new NameSimilarity(neighbours, 1).learn(names, matrix);
        }

        int number(String id) {
            return products.numberOf(id);
        }

        String[] ids(int[] numbers) {
            String[] ids = new String[numbers.length];
            for (int k = 0; k < numbers.length; k++) {
                ids[k] = products.productId(numbers[k]);
            }
            return ids;
        }
    }
}
