package com.broadleafloyalty.lifecycle.core;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleTriggersTest {

    private static final long MINUTE = 60_000L;
    private static final long DAY = 1440 * MINUTE;
    private final Date now = new Date(1_800_000_000_000L);

    @Test
    void shouldWelcomeOnlyARecentFirstOrder() {
        assertThat(LifecycleTriggers.isWelcomeDue(ago(MINUTE), now, 7)).isTrue();
        assertThat(LifecycleTriggers.isWelcomeDue(ago(7 * DAY), now, 7)).isTrue();
        assertThat(LifecycleTriggers.isWelcomeDue(ago(7 * DAY + 1), now, 7)).isFalse();
        assertThat(LifecycleTriggers.isWelcomeDue(null, now, 7)).isFalse();
    }

    @Test
    void shouldCallACartAbandonedOnlyWhenIdleLongEnoughAndNotTooOld() {
        assertThat(LifecycleTriggers.isCartAbandoned(2, ago(61 * MINUTE), null, now, 60, 14)).isTrue();
        assertThat(LifecycleTriggers.isCartAbandoned(2, ago(59 * MINUTE), null, now, 60, 14)).isFalse();
        assertThat(LifecycleTriggers.isCartAbandoned(2, ago(15 * DAY), null, now, 60, 14)).isFalse();
    }

    @Test
    void shouldNotCallAnEmptyCartOrOneFollowedByAnOrderAbandoned() {
        Date touched = ago(2 * DAY);

        assertThat(LifecycleTriggers.isCartAbandoned(0, touched, null, now, 60, 14)).isFalse();
        assertThat(LifecycleTriggers.isCartAbandoned(1, touched, ago(DAY), now, 60, 14)).isFalse();
        assertThat(LifecycleTriggers.isCartAbandoned(1, touched, ago(3 * DAY), now, 60, 14)).isTrue();
    }

    @Test
    void shouldKeyEachTriggerOnce() {
        assertThat(LifecycleTriggers.welcomeKey(42L)).isEqualTo("WELCOME:42");
        assertThat(LifecycleTriggers.abandonedCartKey(7L)).isEqualTo("CART:7");
        assertThat(LifecycleTriggers.idleUntil(now, 60)).isEqualTo(ago(60 * MINUTE));
        assertThat(LifecycleTriggers.touchedSince(now, 14)).isEqualTo(ago(14 * DAY));
    }

    @Test
    void shouldFollowUpOrdersFromTheirFollowUpDayForAWindow() {
        assertThat(LifecycleTriggers.followUpUntil(now, 3)).isEqualTo(ago(3 * DAY));
        assertThat(LifecycleTriggers.followUpFrom(now, 3, 7)).isEqualTo(ago(10 * DAY));
        assertThat(LifecycleTriggers.postPurchaseKey(9L)).isEqualTo("POST:9");
    }

    @Test
    void shouldWinBackOnlyCustomersDriftingAwayOncePerPeriod() {
        assertThat(LifecycleTriggers.isDriftingAway("AT_RISK", "TRUST")).isTrue();
        assertThat(LifecycleTriggers.isDriftingAway("HIBERNATING", "TRUST")).isTrue();
        assertThat(LifecycleTriggers.isDriftingAway("NEW_CUSTOMERS", "AT_RISK_OF_DISAPPOINTMENT")).isTrue();
        assertThat(LifecycleTriggers.isDriftingAway("CHAMPIONS", "ADVOCATE")).isFalse();
        assertThat(LifecycleTriggers.isDriftingAway(null, null)).isFalse();
        long period = LifecycleTriggers.winBackPeriod(now, 90);
        assertThat(LifecycleTriggers.winBackPeriod(new Date(now.getTime() + DAY), 90)).isBetween(period, period + 1);
        assertThat(LifecycleTriggers.winBackPeriod(new Date(now.getTime() + 90 * DAY), 90)).isEqualTo(period + 1);
        assertThat(LifecycleTriggers.winBackKey(4L, period)).isEqualTo("WINBACK:4:" + period);
    }

    private Date ago(long millis) {
        return new Date(now.getTime() - millis);
    }

    @Test
    void shouldKeyTheDigestByCustomerAndMonth() {
        assertThat(LifecycleTriggers.digestKey(42L, LocalDate.of(2027, 3, 31))).isEqualTo("digest:42:2027-03");
        assertThat(LifecycleTriggers.digestKey(42L, LocalDate.of(2027, 4, 1))).isEqualTo("digest:42:2027-04");
    }

    @Test
    void shouldSendTheDigestFromItsDayOnAndOnTheLastDayOfAShortMonth() {
        assertThat(LifecycleTriggers.isDigestDue(LocalDate.of(2027, 3, 4), 5)).isFalse();
        assertThat(LifecycleTriggers.isDigestDue(LocalDate.of(2027, 3, 5), 5)).isTrue();
        assertThat(LifecycleTriggers.isDigestDue(LocalDate.of(2027, 3, 20), 5)).isTrue();
        assertThat(LifecycleTriggers.isDigestDue(LocalDate.of(2027, 2, 27), 31)).isFalse();
        assertThat(LifecycleTriggers.isDigestDue(LocalDate.of(2027, 2, 28), 31)).isTrue();
        assertThat(LifecycleTriggers.isDigestDue(LocalDate.of(2027, 3, 1), 1)).isTrue();
    }

    @Test
    void shouldNotRepeatAWinBackToACustomerWhoReadsOurEmails() {
        assertThat(LifecycleTriggers.isWinBackRepeatWanted(true, true)).isFalse();
        assertThat(LifecycleTriggers.isWinBackRepeatWanted(true, false)).isTrue();
        assertThat(LifecycleTriggers.isWinBackRepeatWanted(false, true)).isTrue();
        assertThat(LifecycleTriggers.isWinBackRepeatWanted(false, false)).isTrue();
    }
}
