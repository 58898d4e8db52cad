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
    void shouldRecordOrdersIntoTheLiveEngineAfterARebuild() {
        history.put("1", order("alice", "tent"));
        model.rebuild(() -> history);

        model.recordOrder("2", order("dave", "lantern"));

        assertThat(model.engine().hasHistory("dave")).isTrue();
    }

    private static PurchasedOrder order(String customer, String... products) {
        return new PurchasedOrder(customer, ShoppingHistory.millis("2011-05-01"), Arrays.asList(products));
    }
}
