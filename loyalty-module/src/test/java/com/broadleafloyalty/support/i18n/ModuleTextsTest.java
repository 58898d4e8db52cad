package com.broadleafloyalty.support.i18n;

import com.broadleafloyalty.test.i18n.BundleCheck;
import com.broadleafloyalty.test.i18n.TemplateTextCheck;
import org.junit.jupiter.api.Test;

import java.nio.file.Paths;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the module is a message key in four complete languages: the bundles have every key in English,
 * Romanian, Polish and Spanish, each a valid ICU pattern with the plural forms its language needs, and no storefront
 * or email template writes a visible word literally.
 */
class ModuleTextsTest {

    @Test
    void shouldHaveEveryKeyInEveryLanguage() {
        assertThat(BundleCheck.problems("messages/LoyaltyMessages")).isEmpty();
        assertThat(BundleCheck.problems("messages/LoyaltyAuditMessages")).isEmpty();
        assertThat(BundleCheck.problems("messages/LoyaltyBoundsMessages")).isEmpty();
    }

    @Test
    void shouldShowNoLiteralTextInTheStorefrontTemplates() {
        assertThat(TemplateTextCheck.literalTexts(Paths.get("src/main/resources/webTemplates"),
                Collections.<String>emptyList())).isEmpty();
    }

    @Test
    void shouldSendNoLiteralTextInTheEmails() {
        assertThat(TemplateTextCheck.literalTexts(Paths.get("src/main/resources/emailTemplates"),
                Collections.<String>emptyList())).isEmpty();
    }

    @Test
    void shouldFindTheLiteralTextsATemplateWouldShow() {
        String template = "<div><p>Your cart</p><p th:text=\"#{cart.title}\">Example</p>"
                + "<span th:text=\"${inStock} ? 'Not enough points' : #{loyalty.rewards.outOfStock}\">x</span>"
                + "<input type=\"text\" placeholder=\"Your name\"/><input type=\"submit\" value=\"Go\"/>"
                + "<td th:text=\"${#dates.format(day, 'yyyy-MM-dd HH:mm')}\">2026-12-06</td>"
                + "<b>12,50 &#8364; / 10</b><i th:text=\"#{${'loyalty.status.' + s}}\">Pending</i></div>";

        assertThat(TemplateTextCheck.literalTexts(template, Collections.<String>emptyList()))
                .containsExactly("text \"Your cart\"",
                        "th:text literal 'Not enough points' in \"${inStock} ? 'Not enough points' : "
                                + "#{loyalty.rewards.outOfStock}\"",
                        "placeholder \"Your name\" on <input>",
                        "button value \"Go\"");
    }
}
