package com.broadleafloyalty.admin.i18n;

import com.broadleafloyalty.test.i18n.BundleCheck;
import com.broadleafloyalty.test.i18n.TemplateTextCheck;
import org.junit.jupiter.api.Test;

import java.nio.file.Paths;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's loyalty texts are message keys in four complete languages: every key of LoyaltyAdminMessages in
 * English, Romanian, Polish and Spanish, each a valid ICU pattern, and no admin template writes a visible word
 * literally.
 */
class AdminTextsTest {

    @Test
    void shouldHaveEveryAdminKeyInEveryLanguage() {
        assertThat(BundleCheck.problems("messages/LoyaltyAdminMessages")).isEmpty();
        assertThat(BundleCheck.problems("messages/LoyaltyAdminAuditMessages")).isEmpty();
        assertThat(BundleCheck.problems("messages/LoyaltyAdminPrivacyMessages")).isEmpty();
        assertThat(BundleCheck.problems("messages/LoyaltyAdminChallengeMessages")).isEmpty();
    }

    @Test
    void shouldShowNoLiteralTextInTheAdminTemplates() {
        assertThat(TemplateTextCheck.literalTexts(
                Paths.get("src/main/resources/open_admin_style/templates/views/loyalty"),
                Collections.<String>emptyList())).isEmpty();
    }
}
