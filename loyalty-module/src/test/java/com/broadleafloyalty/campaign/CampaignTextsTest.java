package com.broadleafloyalty.campaign;

import com.broadleafloyalty.test.i18n.BundleCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The campaign texts: every key in English, Romanian, Polish and Spanish. */
class CampaignTextsTest {

    @Test
    void shouldHaveEveryKeyInEveryLanguage() {
        assertThat(BundleCheck.problems("messages/LoyaltyCampaignMessages")).isEmpty();
    }
}
