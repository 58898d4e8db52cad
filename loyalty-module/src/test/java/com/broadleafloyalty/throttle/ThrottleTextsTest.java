package com.broadleafloyalty.throttle;

import com.broadleafloyalty.test.i18n.BundleCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's message in English, Romanian, Polish and Spanish, with each language's plural forms. */
class ThrottleTextsTest {

    @Test
    void shouldHaveEveryKeyInEveryLanguage() {
        assertThat(BundleCheck.problems("messages/LoyaltyThrottleMessages")).isEmpty();
    }
}
