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

    @Test
    void shouldCountARecentOpenOrClickLikeAPurchaseForALongSubscriber() {
        assertThat(NewsletterLoyalty.isLoyal(LocalDate.of(2025, 1, 1), null, () -> true, TODAY)).isTrue();
        assertThat(NewsletterLoyalty.isLoyal(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31), () -> true, TODAY))
                .isTrue();
        assertThat(NewsletterLoyalty.isLoyal(LocalDate.of(2025, 1, 1), null, () -> false, TODAY)).isFalse();
    }

    @Test
    void shouldNotLetMailEngagementShortenTheSixMonthsOrReplaceTheSubscription() {
        assertThat(NewsletterLoyalty.isLoyal(LocalDate.of(2026, 9, 1), null, () -> true, TODAY)).isFalse();
        assertThat(NewsletterLoyalty.isLoyal(null, LocalDate.of(2026, 9, 1), () -> true, TODAY)).isFalse();
    }

    @Test
    void shouldNotAskAboutMailEngagementWhenThePurchaseDecides() {
        assertThat(NewsletterLoyalty.isLoyal(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 9, 1), () -> {
            throw new AssertionError("engagement asked although the purchase decides");
        }, TODAY)).isTrue();
    }
}
