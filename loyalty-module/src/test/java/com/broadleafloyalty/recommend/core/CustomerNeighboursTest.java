package com.broadleafloyalty.recommend.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CustomerNeighboursTest {

    @Test
    void shouldPublishHowOftenTheMostSimilarCustomersBuyTheCustomersOwnProducts() {
        // Bakers buy flour in every order and yeast in one of two; the tea lover shares nothing with them.
        ShoppingHistory history = new ShoppingHistory()
                .order("baker1", "2011-01-01", "flour", "yeast")
                .order("baker1", "2011-02-01", "flour")
                .order("baker2", "2011-01-01", "flour", "yeast")
                .order("baker2", "2011-02-01", "flour")
                .order("newcomer", "2011-02-01", "flour", "yeast")
                .order("tea-lover", "2011-02-01", "tea");
        ProductIndex products = new ProductIndex();
        PurchaseHistories histories = new PurchaseHistories(products, new RecencyDecay(60d), new RecencyDecay(0d));
        for (PurchasedOrder order : history.orders()) {
            histories.record(order);
        }

        new CustomerNeighbours(2, 1).find(PurchaseMatrix.of(histories, products.size(), new RecencyDecay(0d)));

        CustomerPurchases newcomer = histories.of("newcomer");
        float[] bySlot = newcomer.neighbourFrequencies();
        assertThat(bySlot).hasSize(2);
        // Slot 0 is flour (every order of both bakers), slot 1 yeast (half of their orders).
        assertThat((double) bySlot[0]).isCloseTo(1d, within(1e-6));
        assertThat((double) bySlot[1]).isCloseTo(0.5d, within(1e-6));
        assertThat(histories.of("tea-lover").neighbourFrequencies()).containsOnly(0f);
    }

    @Test
    void shouldPublishNothingWhenNeighboursAreSwitchedOff() {
        ProductIndex products = new ProductIndex();
        PurchaseHistories histories = new PurchaseHistories(products, new RecencyDecay(60d), new RecencyDecay(0d));
        histories.record(new PurchasedOrder("alice", 0L, java.util.Arrays.asList("a", "b")));
        histories.record(new PurchasedOrder("bob", 0L, java.util.Arrays.asList("a", "b")));

        new CustomerNeighbours(0, 1).find(PurchaseMatrix.of(histories, products.size(), new RecencyDecay(0d)));

        assertThat(histories.of("alice").neighbourFrequencies()).isEmpty();
    }
}
