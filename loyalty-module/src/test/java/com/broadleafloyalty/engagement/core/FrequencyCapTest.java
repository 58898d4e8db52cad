package com.broadleafloyalty.engagement.core;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrequencyCapTest {

    private static final long DAY = 86_400_000L;
    private final Date now = new Date(1_800_000_000_000L);

    @Test
    void shouldAllowMailsUntilTheCapIsReachedWithinTheWindow() {
        FrequencyCap cap = new FrequencyCap(2, 7);

        assertThat(cap.allows(Collections.<Date>emptyList(), now)).isTrue();
        assertThat(cap.allows(Arrays.asList(ago(1)), now)).isTrue();
        assertThat(cap.allows(Arrays.asList(ago(1), ago(6)), now)).isFalse();
    }

    @Test
    void shouldForgetMailsOlderThanTheWindow() {
        FrequencyCap cap = new FrequencyCap(2, 7);

        assertThat(cap.allows(Arrays.asList(ago(1), ago(8)), now)).isTrue();
        assertThat(cap.allows(Arrays.asList(new Date(now.getTime() - 7 * DAY), ago(1)), now)).isTrue();
        assertThat(cap.windowStart(now)).isEqualTo(new Date(now.getTime() - 7 * DAY));
    }

    @Test
    void shouldCountByNumberSentInTheWindow() {
        FrequencyCap cap = new FrequencyCap(3, 1);

        assertThat(cap.allows(2)).isTrue();
        assertThat(cap.allows(3)).isFalse();
    }

    @Test
    void shouldLetEverythingThroughWhenTheCapIsOff() {
        FrequencyCap off = new FrequencyCap(0, 7);

        assertThat(off.isOff()).isTrue();
        assertThat(off.allows(1000)).isTrue();
        assertThat(FrequencyCap.none().allows(Arrays.asList(ago(0), ago(0)), now)).isTrue();
    }

    @Test
    void shouldRefuseANegativeCapOrAnEmptyWindow() {
        assertThatThrownBy(() -> new FrequencyCap(-1, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FrequencyCap(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private Date ago(int days) {
        return new Date(now.getTime() - days * DAY + 1000);
    }
}
