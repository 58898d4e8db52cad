package com.broadleafloyalty.admin.outbox;

import com.broadleafloyalty.test.i18n.BundleCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Outbox section's texts in English, Romanian, Polish and Spanish, its menu name included. */
class OutboxTextsTest {

    @Test
    void shouldHaveEveryOutboxKeyInEveryLanguage() {
        assertThat(BundleCheck.problems("messages/LoyaltyAdminEngagementMessages")).isEmpty();
        assertThat(BundleCheck.keys("messages/LoyaltyAdminEngagementMessages")).contains("LoyaltyOutbox");
    }
}
