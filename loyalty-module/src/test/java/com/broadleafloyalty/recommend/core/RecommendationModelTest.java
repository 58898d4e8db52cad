package com.broadleafloyalty.recommend.core;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RecommendationModelTest {

    private final RecommendationModel model = new RecommendationModel(RecommenderSettings.defaults());
    private final Map<String, PurchasedOrder> history = new LinkedHashMap<String, PurchasedOrder>();

    @Test
    void shouldHaveNoEngineBeforeTheFirstRebuildAndIgnoreOrdersUntilThen() {
        model.recordOrder("1", order("alice", "tent"));

        assertThat(model.engine()).isNull();
    }

    @Test
    void shouldBuildOnceOnFirstUse() {
        history.put("1", order("alice", "tent", "bag"));
        AtomicInteger reads = new AtomicInteger();

        RecommendationEngine first = model.engineBuiltIfNeeded(() -> {
            reads.incrementAndGet();
            return history;
        });
        RecommendationEngine second = model.engineBuiltIfNeeded(() -> history);

        assertThat(second).isSameAs(first);
        assertThat(reads).hasValue(1);
        assertThat(first.hasHistory("alice")).isTrue();
    }

    @Test
    void shouldReplayOrdersCompletedDuringARebuildWithoutCountingAnyTwice() {
        history.put("1", order("alice", "tent", "bag"));
        model.rebuild(() -> history);

        RecommendationEngine rebuilt = model.rebuild(() -> {
            // While the history is read, order 2 completes and is read too; order 3 completes but is not read.
            model.recordOrder("2", order("bob", "tent", "bag"));
            model.recordOrder("3", order("carol", "stove"));
            Map<String, PurchasedOrder> read = new LinkedHashMap<String, PurchasedOrder>(history);
            read.put("2", order("bob", "tent", "bag"));
            return read;
        });

        assertThat(model.engine()).isSameAs(rebuilt);
        assertThat(rebuilt.hasHistory("carol")).isTrue();
        assertThat(rebuilt.size().getCustomers()).isEqualTo(3);
        // Bob bought exactly what Alice bought, once: counted twice, his scores would be higher than hers.
        assertThat(rebuilt.forCustomer("bob", 1, ProductAvailability.EVERY_PRODUCT).get(0).getScore())
                .isEqualTo(rebuilt.forCustomer("alice", 1, ProductAvailability.EVERY_PRODUCT).get(0).getScore());
        assertThat(RecommendationEngineTest.ids(rebuilt.popular(3, ProductAvailability.EVERY_PRODUCT)))
                .containsExactly("tent", "bag", "stove");
    }

    @Test
    void shouldReadTheProductsNamesAtEachRebuild() {
        Map<String, String> names = new LinkedHashMap<String, String>();
        names.put("red-bag", "Red lunch bag");
        names.put("pink-bag", "Pink lunch bag");
        names.put("tent", "Tent for two");
        RecommendationModel named = new RecommendationModel(RecommenderSettings.defaults(), () -> names);
        history.put("1", order("alice", "red-bag"));
        history.put("2", order("bob", "pink-bag"));
        history.put("3", order("carol", "tent"));
        history.put("4", order("dave", "tent"));

        RecommendationEngine engine = named.rebuild(() -> history);

        // Without the names, the tent (two buyers) would come before the pink bag (one).
        assertThat(RecommendationEngineTest.ids(engine.forCustomer("alice", 3, ProductAvailability.EVERY_PRODUCT)))
                .containsExactly("red-bag", "pink-bag", "tent");
    }

    @Test
    void shouldRecordOrdersIntoTheLiveEngineAfterARebuild() {
        history.put("1", order("alice", "tent"));
        model.rebuild(() -> history);

        model.recordOrder("2", order("dave", "lantern"));

        assertThat(model.engine().hasHistory("dave")).isTrue();
    }

    @Test
    void shouldHandTheFirstBuildToTheExecutorAndServeNothingUntilItIsDone() {
        history.put("1", order("alice", "tent", "bag"));
        java.util.List<Runnable> queued = new java.util.ArrayList<Runnable>();

        RecommendationEngine before = model.engineOrBuildInBackground(() -> history, queued::add);
        RecommendationEngine stillBefore = model.engineOrBuildInBackground(() -> history, queued::add);

        assertThat(before).isNull();
        assertThat(stillBefore).isNull();
        assertThat(queued).hasSize(1);

        queued.get(0).run();

        assertThat(model.engineOrBuildInBackground(() -> history, queued::add).hasHistory("alice")).isTrue();
        assertThat(queued).hasSize(1);
    }

    @Test
    void shouldHandTheFirstBuildOverAgainAfterItFailed() {
        java.util.List<Runnable> queued = new java.util.ArrayList<Runnable>();
        model.engineOrBuildInBackground(() -> {
            throw new IllegalStateException("database down");
        }, queued::add);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> queued.get(0).run())
                .hasMessage("database down");
        model.engineOrBuildInBackground(() -> history, queued::add);

        assertThat(queued).hasSize(2);
    }

    private static PurchasedOrder order(String customer, String... products) {
        return new PurchasedOrder(customer, ShoppingHistory.millis("2011-05-01"), Arrays.asList(products));
    }
}
