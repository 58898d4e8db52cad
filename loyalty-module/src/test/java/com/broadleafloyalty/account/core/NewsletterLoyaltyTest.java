package com.broadleafloyalty.account.core;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class NewsletterLoyaltyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void shouldBeLoyalAfterMoreThanSixMonthsWithAPurchaseInThatTime() {
        assertThat(NewsletterLoyalty.isLoyal(LocalDate.of(2026, 5, 21), LocalDate.of(2026, 9, 1), TODAY)).isTrue();
    }

    @Test
    void shouldNotBeLoyalAtExactlySixMonths() {
        assertThat(NewsletterLoyalty.isLoyal(LocalDate.of(2026, 5, 22), LocalDate.of(2026, 9, 1), TODAY)).isFalse();
    }

    @Test
    void shouldNotCountAPurchaseFromBeforeTheSubscription() {
        assertThat(NewsletterLoyalty.isLoyal(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31), TODAY)).isFalse();
        assertThat(NewsletterLoyalty.isLoyal(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), TODAY)).isTrue();
    }

    @Test
    void shouldNotBeLoyalWhenUnsubscribedOrNeverBought() {
        assertThat(NewsletterLoyalty.isLoyal(null, LocalDate.of(2026, 9, 1), TODAY)).isFalse();
        assertThat(NewsletterLoyalty.isLoyal(LocalDate.of(2025, 1, 1), null, TODAY)).isFalse();
    }
}
