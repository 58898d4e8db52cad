package com.broadleafloyalty.lifecycle;

import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.test.i18n.BundleCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The digest, win-back code and email preferences texts: every key in English, Romanian, Polish and Spanish. */
class LifecycleTextsTest {

    @Test
    void shouldHaveEveryLifecycleKeyInEveryLanguage() {
        assertThat(BundleCheck.problems("messages/LoyaltyLifecycleMessages")).isEmpty();
    }

    @Test
    void shouldHaveEveryPreferencesKeyInEveryLanguage() {
        assertThat(BundleCheck.problems("messages/LoyaltyMailPreferencesMessages")).isEmpty();
    }

    @Test
    void shouldNameAndDescribeEveryCategoryOnThePreferencesPage() {
        for (MailCategory category : MailCategory.values()) {
            assertThat(BundleCheck.keys("messages/LoyaltyMailPreferencesMessages"))
                    .contains("loyalty.preferences.category." + category.name(),
                            "loyalty.preferences.about." + category.name());
        }
    }
}
