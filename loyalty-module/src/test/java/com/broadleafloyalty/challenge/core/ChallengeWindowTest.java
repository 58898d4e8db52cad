package com.broadleafloyalty.challenge.core;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChallengeWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-15T08:30:00Z");

    @Test
    void shouldPlaceTheCalendarQuarterAndMonthAroundToday() {
        ChallengeWindow.Span quarter = ChallengeWindow.of(WindowType.CALENDAR_QUARTER, 0, null, null)
                .spanAt(NOW, ZoneOffset.UTC);
        ChallengeWindow.Span month = ChallengeWindow.of(WindowType.CALENDAR_MONTH, 0, null, null)
                .spanAt(NOW, ZoneOffset.UTC);

        assertThat(quarter.getFrom()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
        assertThat(quarter.getTo()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(month.getFrom()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(month.getTo()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void shouldUseTheShopsTimeZoneForCalendarWindows() {
        ZoneId bucharest = ZoneId.of("Europe/Bucharest");

        ChallengeWindow.Span month = ChallengeWindow.of(WindowType.CALENDAR_MONTH, 0, null, null)
                .spanAt(Instant.parse("2026-10-31T22:30:00Z"), bucharest);

        // 00:30 on 1 November in Bucharest: November already.
        assertThat(month.getFrom()).isEqualTo(Instant.parse("2026-10-31T22:00:00Z"));
    }

    @Test
    void shouldIncludeTheLastDayOfFixedDatesAndNotReachBeforeTheFirst() {
        ChallengeWindow window = ChallengeWindow.of(WindowType.ROLLING_DAYS, 60, LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-11-30"));
        ChallengeWindow.Span span = window.spanAt(NOW, ZoneOffset.UTC);

        assertThat(span.getFrom()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(span.contains(NOW)).isTrue();
        assertThat(window.isOpenAt(Instant.parse("2026-11-30T23:59:59Z"), ZoneOffset.UTC)).isTrue();
        assertThat(window.isOpenAt(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)).isFalse();
        assertThat(window.isOpenAt(Instant.parse("2026-10-31T23:59:59Z"), ZoneOffset.UTC)).isFalse();
    }

    @Test
    void shouldRefuseWindowsThatCannotBePlaced() {
        assertThatThrownBy(() -> ChallengeWindow.of(WindowType.ROLLING_DAYS, 0, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChallengeWindow.of(WindowType.FIXED_DATES, 0, LocalDate.parse("2026-01-01"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChallengeWindow.of(WindowType.CALENDAR_MONTH, 0, LocalDate.parse("2026-02-01"),
                LocalDate.parse("2026-01-01"))).isInstanceOf(IllegalArgumentException.class);
    }
}
