package com.broadleafloyalty.recommend.core.evaluation;

import com.broadleafloyalty.history.core.OrderLine;
import com.broadleafloyalty.recommend.core.RecommenderSettings;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A tiny shop where the evaluation can be worked out by hand. */
class EvaluationHarnessTest {

    private final List<OrderLine> lines = new ArrayList<OrderLine>();

    EvaluationHarnessTest() {
        for (int i = 1; i <= 5; i++) {
            buy("early" + i, "2011-03-0" + i, "tent", "sleeping-bag");
        }
        buy("alice", "2011-04-01", "tent", "mug");
        buy("alice", "2011-04-20", "mug");
        buy("alice", "2011-07-05", "mug", "sleeping-bag");
        buy("bob", "2011-04-02", "mug");
        buy("bob", "2011-07-06", "mug");
        buy("carol", "2011-07-07", "tent");
    }

    private TimeSplit split() {
        return TimeSplit.of(lines, LocalDate.parse("2011-07-01"), null);
    }

    @Test
    void shouldEvaluateOnlyCustomersWhoBoughtInBothPeriods() {
        TimeSplit split = split();

        assertThat(split.getTestProducts()).containsOnlyKeys("alice", "bob");
        assertThat(split.getCatalog()).containsExactlyInAnyOrder("tent", "sleeping-bag", "mug");
        assertThat(split.getTrainOrders()).hasSize(8);
        assertThat(split.describe()).contains("7 customers", "3 products", "2 customers bought in both periods");
    }

    @Test
    void shouldRankTheCustomersOwnProductsMostOrdersFirst() {
        OwnHistoryBaseline own = new OwnHistoryBaseline(split().getTrainOrders());

        assertThat(own.recommend("alice", 10, Collections.<String>emptySet())).containsExactly("mug", "tent");
        assertThat(own.recommend("alice", 1, Collections.<String>emptySet())).containsExactly("mug");
        assertThat(own.recommend("nobody", 10, Collections.<String>emptySet())).isEmpty();
    }

    @Test
    void shouldRecommendTheMostBoughtProductsAsThePopularityBaseline() {
        PopularityBaseline popularity = new PopularityBaseline(split().getTrainProducts().values());

        assertThat(popularity.recommend("anyone", 2, Collections.<String>emptySet()))
                .containsExactly("tent", "sleeping-bag");
        assertThat(popularity.recommend("anyone", 2, Collections.singleton("tent")))
                .containsExactly("sleeping-bag", "mug");
    }

    @Test
    void shouldRecommendProductsSimilarToThoseBoughtAsTheCosineBaseline() {
        ItemCosineKnnBaseline cosine = new ItemCosineKnnBaseline(split().getTrainProducts());

        assertThat(cosine.recommend("bob", 3, Collections.singleton("mug"))).containsExactly("tent", "sleeping-bag");
    }

    @Test
    void shouldRemoveProductsBoughtBeforeFromListAndTruthInTheNewProductsSetting() {
        TimeSplit split = split();
        EvaluationHarness harness = new EvaluationHarness(split);
        PopularityBaseline popularity = new PopularityBaseline(split.getTrainProducts().values());

        EvaluationResult any = harness.evaluate(popularity, EvaluationSetting.ANY_PRODUCT);
        EvaluationResult discovery = harness.evaluate(popularity, EvaluationSetting.NEW_PRODUCTS_ONLY);

        // (a) both customers: alice bought mug + sleeping-bag (both listed), bob mug (listed third).
        assertThat(any.getCustomers()).isEqualTo(2);
        assertThat(any.getHitRate()).isEqualTo(1d);
        // (b) bob has nothing new and is skipped; alice's only new product is the sleeping bag, listed first.
        assertThat(discovery.getCustomers()).isEqualTo(1);
        assertThat(discovery.getNdcg()).isEqualTo(1d);
        assertThat(discovery.getPrecision()).isCloseTo(0.1d, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void shouldEvaluateTheEngineWithTheSameHarnessAndPrintATable() {
        TimeSplit split = split();
        EvaluationHarness harness = new EvaluationHarness(split);
        EngineModel engine = new EngineModel("Engine", RecommenderSettings.defaults(), split);
        PopularityBaseline popularity = new PopularityBaseline(split.getTrainProducts().values());

        List<EvaluationResult> results = Arrays.asList(
                harness.evaluate(engine, EvaluationSetting.ANY_PRODUCT),
                harness.evaluate(popularity, EvaluationSetting.ANY_PRODUCT),
                harness.evaluate(engine, EvaluationSetting.NEW_PRODUCTS_ONLY),
                harness.evaluate(popularity, EvaluationSetting.NEW_PRODUCTS_ONLY));
        EvaluationTable table = new EvaluationTable(results);

        assertThat(results.get(0).getHitRate()).isEqualTo(1d);
        assertThat(table.markdown()).contains("| (a) any product | Engine | 2 | 1.0000 |",
                "| (b) new products only | Popularity (baseline) | 1 |");
        assertThat(table.verdict("Engine", Targets.VALIDATION)).contains("Setting (a)", "Setting (b)");
    }

    @Test
    void shouldJudgeTheSameListOnRepeatAndOnExploreProductsSeparately() {
        TimeSplit split = split();
        EvaluationHarness harness = new EvaluationHarness(split);
        OwnHistoryBaseline own = new OwnHistoryBaseline(split.getTrainOrders());

        EvaluationResult repeat = harness.evaluate(own, EvaluationSetting.REPEAT_ITEMS);
        EvaluationResult explore = harness.evaluate(own, EvaluationSetting.EXPLORE_ITEMS);

        // Repeat: alice's mug (her list: mug, tent) and bob's mug (his list: mug), both first.
        assertThat(repeat.getCustomers()).isEqualTo(2);
        assertThat(repeat.getNdcg()).isEqualTo(1d);
        // Explore: only alice has a new product (the sleeping bag), which her own history never lists.
        assertThat(explore.getCustomers()).isEqualTo(1);
        assertThat(explore.getHitRate()).isEqualTo(0d);
    }

    @Test
    void shouldMissTheIssueTargetsWhenTheEngineLeadsOwnHistoryByTooLittle() {
        TimeSplit split = split();
        EvaluationHarness harness = new EvaluationHarness(split);
        PopularityBaseline popularity = new PopularityBaseline(split.getTrainProducts().values());
        OwnHistoryBaseline own = new OwnHistoryBaseline(split.getTrainOrders());
        List<EvaluationResult> results = Arrays.asList(
                harness.evaluate(new Renamed("Engine", own), EvaluationSetting.ANY_PRODUCT),
                harness.evaluate(own, EvaluationSetting.ANY_PRODUCT),
                harness.evaluate(popularity, EvaluationSetting.ANY_PRODUCT),
                harness.evaluate(new Renamed("Engine", popularity), EvaluationSetting.NEW_PRODUCTS_ONLY),
                harness.evaluate(popularity, EvaluationSetting.NEW_PRODUCTS_ONLY));
        EvaluationTable table = new EvaluationTable(results);

        // The "engine" is own history itself in (a) and popularity itself in (b): level, never above.
        assertThat(table.targetsMet("Engine", Targets.ISSUE)).isFalse();
        assertThat(table.targetsMet("Engine", new Targets(-0.5d, 0.5d))).isFalse();
        assertThat(table.verdict("Engine", Targets.ISSUE)).contains("+0.0 % over own history", "NOT MET",
                ">= 3.00x popularity");
    }

    /** A baseline under another name, to stand in for the engine. */
    private static final class Renamed implements EvaluatedModel {

        private final String name;
        private final EvaluatedModel model;

        Renamed(String name, EvaluatedModel model) {
            this.name = name;
            this.model = model;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<String> recommend(String customerId, int count, java.util.Set<String> excluded) {
            return model.recommend(customerId, count, excluded);
        }
    }

    private void buy(String customer, String day, String... products) {
        long at = LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        String invoice = String.valueOf(lines.size() + 500000);
        for (String product : products) {
            lines.add(new OrderLine(invoice, product, product, 1, at, BigDecimal.ONE, customer));
        }
    }
}
