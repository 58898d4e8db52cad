package com.broadleafloyalty.challenge;

import com.broadleafloyalty.challenge.core.Badge;
import com.broadleafloyalty.challenge.core.ChallengeRuleType;
import com.broadleafloyalty.challenge.core.WindowType;
import com.broadleafloyalty.test.i18n.BundleCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChallengeTextsTest {

    private static final String BUNDLE = "messages/LoyaltyChallengeMessages";

    @Test
    void shouldHaveEveryKeyInEveryLanguage() {
        assertThat(BundleCheck.problems(BUNDLE)).isEmpty();
    }

    @Test
    void shouldNameEveryBadgeRuleTypeAndWindow() {
        for (Badge badge : Badge.values()) {
            assertThat(BundleCheck.keys(BUNDLE)).contains(badge.getMessageKey());
        }
        for (ChallengeRuleType type : ChallengeRuleType.values()) {
            assertThat(BundleCheck.keys(BUNDLE)).contains(type.getMessageKey(), type.getProgressKey());
        }
        for (WindowType window : WindowType.values()) {
            assertThat(BundleCheck.keys(BUNDLE)).contains(window.getMessageKey());
        }
    }
}
