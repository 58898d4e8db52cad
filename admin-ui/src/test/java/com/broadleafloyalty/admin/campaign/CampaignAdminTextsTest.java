package com.broadleafloyalty.admin.campaign;

import com.broadleafloyalty.test.i18n.BundleCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Campaigns section's texts: every key in English, Romanian, Polish and Spanish, and the menu entry named. */
class CampaignAdminTextsTest {

    @Test
    void shouldHaveEveryKeyInEveryLanguage() {
        assertThat(BundleCheck.problems("messages/LoyaltyAdminCampaignMessages")).isEmpty();
        assertThat(BundleCheck.keys("messages/LoyaltyAdminCampaignMessages")).contains("LoyaltyCampaigns");
    }

    @Test
    void shouldReadAScheduleTimeStrictly() {
        assertThat(AdminCampaignController.dateTime("2026-12-31 09:30")).isNotNull();
        assertThat(AdminCampaignController.dateTime("2026-12-31T09:30")).isNotNull();
        assertThat(AdminCampaignController.dateTime("2026-13-31 09:30")).isNull();
        assertThat(AdminCampaignController.dateTime("tomorrow")).isNull();
        assertThat(AdminCampaignController.dateTime(null)).isNull();
    }
}
