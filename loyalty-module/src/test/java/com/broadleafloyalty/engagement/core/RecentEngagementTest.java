package com.broadleafloyalty.engagement.core;

import org.junit.jupiter.api.Test;

import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

class RecentEngagementTest {

    private static final long DAY = 86_400_000L;
    private final Date now = new Date(1_800_000_000_000L);

    @Test
    void shouldBeEngagedByAnOpenOrAClickWithinNinetyDays() {
        assertThat(RecentEngagement.isEngaged(ago(90 * DAY), null, now)).isTrue();
        assertThat(RecentEngagement.isEngaged(null, ago(DAY), now)).isTrue();
        assertThat(RecentEngagement.isEngaged(ago(200 * DAY), ago(10 * DAY), now)).isTrue();
    }

    @Test
    void shouldNotBeEngagedAfterNinetyDaysOrWithoutAnyOpenOrClick() {
        assertThat(RecentEngagement.isEngaged(ago(90 * DAY + 1), ago(91 * DAY), now)).isFalse();
        assertThat(RecentEngagement.isEngaged(null, null, now)).isFalse();
        assertThat(RecentEngagement.isEngaged(new Date(now.getTime() + DAY), null, now)).isFalse();
    }

    @Test
    void shouldTakeTheLaterOfOpenAndClick() {
        assertThat(RecentEngagement.lastEngagedAt(ago(5 * DAY), ago(2 * DAY))).isEqualTo(ago(2 * DAY));
        assertThat(RecentEngagement.lastEngagedAt(ago(2 * DAY), null)).isEqualTo(ago(2 * DAY));
        assertThat(RecentEngagement.lastEngagedAt(null, null)).isNull();
    }

    @Test
    void shouldOfferEveryOptOutCategoryButTheOptInDigest() {
        assertThat(MailCategory.optOutChoices()).doesNotContain(MailCategory.DIGEST)
                .contains(MailCategory.WELCOME, MailCategory.WIN_BACK, MailCategory.CAMPAIGN, MailCategory.FEEDBACK);
        assertThat(MailCategory.DIGEST.isOptIn()).isTrue();
        assertThat(MailCategory.WELCOME.isOptIn()).isFalse();
    }

    private Date ago(long millis) {
        return new Date(now.getTime() - millis);
    }
}
