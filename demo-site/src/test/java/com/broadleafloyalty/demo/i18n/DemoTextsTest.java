package com.broadleafloyalty.demo.i18n;

import com.broadleafloyalty.test.i18n.BundleCheck;
import com.broadleafloyalty.test.i18n.TemplateTextCheck;
import org.junit.jupiter.api.Test;

import java.nio.file.Paths;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo shop's own texts are message keys in four complete languages (site/messages in English, Romanian, Polish,
 * Spanish, each a valid ICU pattern) and its pages write no visible word literally, brand names aside.
 */
class DemoTextsTest {

    @Test
    void shouldHaveEveryDemoKeyInEveryLanguage() {
        assertThat(BundleCheck.problems("site/messages")).isEmpty();
    }

    @Test
    void shouldShowNoLiteralTextInTheDemoPages() {
        assertThat(TemplateTextCheck.literalTexts(Paths.get("src/main/resources/demo-templates"),
                Arrays.asList("Broadleaf", "Loyalty"))).isEmpty();
    }
}
