package com.broadleafloyalty.recommend.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecommendationEngineTest {

    private static final ProductAvailability ALL = ProductAvailability.EVERY_PRODUCT;

    /** Tents go with sleeping bags, mugs with tea; tents are the most bought. */
    private final ShoppingHistory history = new ShoppingHistory()
            .manyCustomersBuy(6, "camper", "2011-03-01", "tent", "sleeping-bag")
            .manyCustomersBuy(3, "hiker", "2011-03-02", "tent", "stove")
            .manyCustomersBuy(4, "tea-lover", "2011-03-03", "mug", "tea");

    private final RecommendationEngine engine = history.trainedEngine(RecommenderSettings.defaults());

    @Test
    void shouldRecommendTheMostBoughtProductsToACustomerWithoutHistory() {
        assertThat(ids(engine.forCustomer("stranger", 2, ALL))).containsExactly("tent", "sleeping-bag");
        assertThat(engine.hasHistory("stranger")).isFalse();
    }

    @Test
    void shouldRecommendWhatCustomersWhoBoughtTheSameAlsoBought() {
        engine.recordOrder(new PurchasedOrder("newcomer", ShoppingHistory.millis("2011-03-10"),
                Collections.singletonList("mug")));

        List<Recommendation> recommendations = engine.forCustomer("newcomer", 3, ALL);

        assertThat(ids(recommendations).subList(0, 2)).containsExactlyInAnyOrder("tea", "mug");
        assertThat(engine.hasHistory("newcomer")).isTrue();
    }

    @Test
    void shouldRankProductsBoughtOftenAndRecentlyFirstForRepurchase() {
        RecommendationEngine shop = new ShoppingHistory()
                .order("regular", "2011-01-01", "coffee", "filter")
                .order("regular", "2011-02-01", "coffee")
                .order("regular", "2011-06-01", "coffee", "biscuits")
                .order("other", "2011-06-01", "milk")
                .trainedEngine(RecommenderSettings.defaults().withNeighboursPerProduct(0));

        assertThat(ids(shop.forCustomer("regular", 3, ALL))).containsExactly("coffee", "biscuits", "filter");
    }

    @Test
    void shouldRankTheRepeatPurchaseThatSimilarCustomersMakeMostFirst() {
        // The newcomer bought candles and matches once each; customers like her buy matches in every order.
        ShoppingHistory similar = new ShoppingHistory().order("newcomer", "2011-06-01", "candles", "matches");
        for (int i = 1; i <= 4; i++) {
            similar.order("regular" + i, "2011-05-01", "candles", "matches")
                    .order("regular" + i, "2011-05-15", "matches")
                    .order("regular" + i, "2011-06-01", "matches");
        }
        RecommenderSettings settings = RecommenderSettings.defaults().withNeighboursPerProduct(0);

        assertThat(ids(similar.trainedEngine(settings).forCustomer("newcomer", 2, ALL)))
                .containsExactly("matches", "candles");
        assertThat(similar.trainedEngine(settings.withNeighbourWeight(0d)).forCustomer("newcomer", 2, ALL)
                .get(0).getScore()).isEqualTo(similar.trainedEngine(settings.withNeighbourWeight(0d))
                .forCustomer("newcomer", 2, ALL).get(1).getScore());
    }

    @Test
    void shouldNotRecommendPurchasedProductsWhenRepurchaseIsSwitchedOff() {
        RecommendationEngine discovery = history.trainedEngine(RecommenderSettings.defaults()
                .withRecommendPurchased(false));

        List<String> ids = ids(discovery.forCustomer("camper1", 3, ALL));

        assertThat(ids).doesNotContain("tent", "sleeping-bag").startsWith("stove");
    }

    @Test
    void shouldNeverRecommendAProductThatCannotBeSold() {
        ProductAvailability noStove = product -> !product.equals("stove");

        assertThat(ids(engine.forCustomer("camper1", 10, noStove))).doesNotContain("stove").isNotEmpty();
        assertThat(ids(engine.boughtTogether("tent", 10, noStove))).containsExactly("sleeping-bag");
        assertThat(ids(engine.forCart("camper1", Collections.singleton("tent"), 10, noStove)))
                .doesNotContain("stove");
        assertThat(ids(engine.popular(10, noStove))).doesNotContain("stove");
    }

    @Test
    void shouldListProductsBoughtTogetherStrongestFirstWithoutTheProductItself() {
        assertThat(ids(engine.boughtTogether("tent", 5, ALL))).containsExactly("sleeping-bag", "stove");
        assertThat(ids(engine.boughtTogether("mug", 5, ALL))).containsExactly("tea");
        assertThat(engine.boughtTogether("never-sold", 5, ALL)).isEmpty();
    }

    @Test
    void shouldCompleteACartWithoutRepeatingWhatIsInIt() {
        List<String> ids = ids(engine.forCart(null, Arrays.asList("tent", "mug"), 3, ALL));

        assertThat(ids).doesNotContain("tent", "mug");
        assertThat(ids.subList(0, 2)).containsExactlyInAnyOrder("sleeping-bag", "tea");
    }

    @Test
    void shouldFillAShortPersonalListWithPopularProducts() {
        List<String> ids = ids(engine.forCustomer("tea-lover1", 5, ALL));

        assertThat(ids).hasSize(5);
        assertThat(ids.subList(0, 2)).containsExactlyInAnyOrder("tea", "mug");
        assertThat(ids.subList(2, 5)).containsExactly("tent", "sleeping-bag", "stove");
    }

    @Test
    void shouldReflectACompletedOrderAtOnceWithoutRebuilding() {
        assertThat(ids(engine.forCustomer("hiker1", 10, ALL))).doesNotContain("lantern");

        engine.recordOrder(new PurchasedOrder("hiker1", ShoppingHistory.millis("2011-04-01"),
                Collections.singletonList("lantern")));

        assertThat(ids(engine.forCustomer("hiker1", 3, ALL))).contains("lantern");
        assertThat(ids(engine.popular(10, ALL))).contains("lantern");
    }

    @Test
    void shouldLearnProductsBoughtTogetherOnlyOnRebuild() {
        for (int i = 1; i <= 3; i++) {
            engine.recordOrder(new PurchasedOrder("night-walker" + i, ShoppingHistory.millis("2011-04-01"),
                    Arrays.asList("lantern", "batteries")));
        }
        assertThat(engine.boughtTogether("lantern", 5, ALL)).isEmpty();

        engine.rebuildItemWeights();

        assertThat(ids(engine.boughtTogether("lantern", 5, ALL))).containsExactly("batteries");
    }

    @Test
    void shouldReportWhatTheModelHolds() {
        ModelSize size = engine.size();

        assertThat(size.getProducts()).isEqualTo(5);
        assertThat(size.getCustomers()).isEqualTo(13);
        assertThat(size.getWeightedProducts()).isEqualTo(5);
        assertThat(size.getWeightBytes()).isPositive();
    }

    @Test
    void shouldSuggestANewProductNamedLikeWhatTheCustomerBoughtBeforeMerelyPopularOnes() {
        RecommendationEngine named = namedShop(RecommenderSettings.defaults());

        // Tea goes with the red bag; nobody bought the pink bag with it, but its name says it is the same line.
        assertThat(ids(named.forCustomer("me", 4, ALL))).containsExactly("red-bag", "tea", "pink-bag", "tent");
        assertThat(ids(named.forCart(null, Collections.singletonList("red-bag"), 2, ALL)))
                .containsExactly("tea", "pink-bag");
    }

    @Test
    void shouldLeaveNamesOutWhenTheirShareIsZeroAndNeverChangeARepeatProductsScore() {
        RecommendationEngine named = namedShop(RecommenderSettings.defaults());
        RecommendationEngine unnamed = namedShop(RecommenderSettings.defaults().withNameShare(0d));

        assertThat(ids(unnamed.forCustomer("me", 4, ALL))).containsExactly("red-bag", "tea", "tent", "torch");
        assertThat(named.forCustomer("me", 1, ALL).get(0).getScore())
                .isEqualTo(unnamed.forCustomer("me", 1, ALL).get(0).getScore());
        assertThat(named.size().getWeightBytes()).isGreaterThan(unnamed.size().getWeightBytes());
    }

    /** "me" bought the red lunch bag; others bought it with tea, the pink lunch bag with a stove, tents with torches. */
    private static RecommendationEngine namedShop(RecommenderSettings settings) {
        ShoppingHistory history = new ShoppingHistory()
                .manyCustomersBuy(5, "tea-drinker", "2011-03-01", "red-bag", "tea")
                .manyCustomersBuy(5, "cook", "2011-03-01", "pink-bag", "stove")
                .manyCustomersBuy(8, "camper", "2011-03-01", "tent", "torch")
                .order("me", "2011-03-02", "red-bag");
        RecommendationEngine engine = new RecommendationEngine(settings);
        engine.recordOrders(history.orders());
        Map<String, String> names = new HashMap<String, String>();
        names.put("red-bag", "Red lunch bag");
        names.put("pink-bag", "Pink lunch bag");
        names.put("tea", "Green tea");
        names.put("stove", "Camping stove");
        names.put("tent", "Tent for two");
        names.put("torch", "Pocket torch");
        engine.nameProducts(names);
        engine.rebuildItemWeights();
        return engine;
    }

    static List<String> ids(List<Recommendation> recommendations) {
        List<String> ids = new ArrayList<String>();
        for (Recommendation recommendation : recommendations) {
            ids.add(recommendation.getProductId());
        }
        return ids;
    }
}
