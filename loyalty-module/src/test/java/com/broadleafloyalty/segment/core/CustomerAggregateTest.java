package com.broadleafloyalty.segment.core;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerAggregateTest {

    @Test
    void shouldRefuseAnAggregateWhoseLastOrderIsBeforeItsFirst() {
        assertThatThrownBy(() -> new CustomerAggregate(7L, 2_000L, 1_000L, 2, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Customer 7");
    }

    @Test
    void shouldReadAStoredTallyWithItsDatesSwappedAsTheEarlierAndTheLaterOrder() {
        CustomerAggregate stored = CustomerAggregate.stored(7L, 2_000L, 1_000L, 2, BigDecimal.TEN);

        assertThat(stored.getFirstOrderMillis()).isEqualTo(1_000L);
        assertThat(stored.getLastOrderMillis()).isEqualTo(2_000L);
        assertThat(stored.getOrderCount()).isEqualTo(2);
        assertThat(stored.getMonetary()).isEqualByComparingTo("10");
    }

    @Test
    void shouldKeepAStoredTallyInOrderAsItIs() {
        CustomerAggregate stored = CustomerAggregate.stored(7L, 1_000L, 3_000L, 3, BigDecimal.ONE);

        assertThat(stored.getFirstOrderMillis()).isEqualTo(1_000L);
        assertThat(stored.getLastOrderMillis()).isEqualTo(3_000L);
    }
}
