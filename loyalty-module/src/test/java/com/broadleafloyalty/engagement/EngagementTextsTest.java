package com.broadleafloyalty.engagement;

import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.test.i18n.BundleCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The engagement texts: every key in English, Romanian, Polish and Spanish, and every category named. */
class EngagementTextsTest {

    @Test
    void shouldHaveEveryKeyInEveryLanguage() {
        assertThat(BundleCheck.problems("messages/LoyaltyEngagementMessages")).isEmpty();
    }

    @Test
    void shouldNameEveryCategoryOnTheUnsubscribePage() {
        for (MailCategory category : MailCategory.values()) {
            assertThat(BundleCheck.keys("messages/LoyaltyEngagementMessages"))
                    .contains("loyalty.engagement.category." + category.name());
        }
    }
}
