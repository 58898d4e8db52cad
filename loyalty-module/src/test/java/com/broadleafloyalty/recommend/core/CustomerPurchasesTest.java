package com.broadleafloyalty.recommend.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CustomerPurchasesTest {

    private static final long DAY = 86_400_000L;
    private final RecencyDecay sixtyDays = new RecencyDecay(60d);

    @Test
    void shouldHalveAPurchaseEveryHalfLife() {
        assertThat(sixtyDays.factor(0L, 60 * DAY)).isCloseTo(0.5d, within(1e-12));
        assertThat(sixtyDays.factor(0L, 120 * DAY)).isCloseTo(0.25d, within(1e-12));
        assertThat(sixtyDays.factor(10 * DAY, 0L)).isEqualTo(1d);
        assertThat(new RecencyDecay(0d).factor(0L, 1000 * DAY)).isEqualTo(1d);
    }

    @Test
    void shouldCountOrdersWithRecencyWhateverTheOrderTheyArriveIn() {
        CustomerPurchases inOrder = new CustomerPurchases();
        inOrder.record(7, 0L, sixtyDays);
        inOrder.record(7, 60 * DAY, sixtyDays);
        CustomerPurchases reversed = new CustomerPurchases();
        reversed.record(7, 60 * DAY, sixtyDays);
        reversed.record(7, 0L, sixtyDays);

        assertThat(inOrder.strength(0, 120 * DAY, sixtyDays)).isCloseTo(0.75d, within(1e-12));
        assertThat(reversed.strength(0, 120 * DAY, sixtyDays)).isCloseTo(0.75d, within(1e-12));
        assertThat(reversed.lastPurchased(0)).isEqualTo(60 * DAY);
    }

    @Test
    void shouldTellWhetherAProductIsBoughtForTheFirstTime() {
        CustomerPurchases purchases = new CustomerPurchases();

        assertThat(purchases.record(1, 0L, sixtyDays)).isTrue();
        assertThat(purchases.record(2, 0L, sixtyDays)).isTrue();
        assertThat(purchases.record(1, DAY, sixtyDays)).isFalse();
        for (int product = 3; product < 20; product++) {
            purchases.record(product, DAY, sixtyDays);
        }

        assertThat(purchases.size()).isEqualTo(19);
        assertThat(purchases.hasBought(19)).isTrue();
        assertThat(purchases.hasBought(20)).isFalse();
    }
}
