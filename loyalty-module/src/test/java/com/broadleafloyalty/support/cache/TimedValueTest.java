package com.broadleafloyalty.support.cache;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimedValueTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void shouldKeepTheValueForItsTimeThenLoadAgain() {
        TimedValue<Integer> value = new TimedValue<Integer>(60, "loyalty.test.cache.seconds", nanos::get);

        assertThat(value.get(loads::incrementAndGet)).isEqualTo(1);
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(59));
        assertThat(value.get(loads::incrementAndGet)).isEqualTo(1);
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(2));
        assertThat(value.get(loads::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void shouldLoadAgainOnceInvalidated() {
        TimedValue<Integer> value = new TimedValue<Integer>(60, "loyalty.test.cache.seconds", nanos::get);
        value.get(loads::incrementAndGet);

        value.invalidate();

        assertThat(value.get(loads::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void shouldKeepNothingForZeroSeconds() {
        TimedValue<Integer> value = new TimedValue<Integer>(0, "loyalty.test.cache.seconds", nanos::get);

        assertThat(value.get(loads::incrementAndGet)).isEqualTo(1);
        assertThat(value.get(loads::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void shouldRefuseANegativeTimeNamingTheSetting() {
        assertThatThrownBy(() -> new TimedValue<Integer>(-1, "loyalty.test.cache.seconds"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loyalty.test.cache.seconds");
    }
}
