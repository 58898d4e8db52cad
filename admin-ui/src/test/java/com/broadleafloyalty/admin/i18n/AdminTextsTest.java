package com.broadleafloyalty.admin.i18n;

import com.broadleafloyalty.test.i18n.BundleCheck;
import com.broadleafloyalty.test.i18n.TemplateTextCheck;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileCopyUtils;

import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's loyalty texts are message keys in four complete languages: every key of LoyaltyAdminMessages in
 * English, Romanian, Polish and Spanish, each a valid ICU pattern, no admin template writes a visible word
 * literally, and every loyalty entity's field label on Broadleaf's screens is such a key.
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
    void shouldNameEveryLoyaltyEntityFieldWithAnAdminKey() throws Exception {
        Properties english = new Properties();
        PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
        for (Resource bundle : resources.getResources("classpath*:messages/LoyaltyAdmin*Messages.properties")) {
            try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                english.load(reader);
            }
        }
        List<String> missing = new ArrayList<String>();
        int names = 0;
        for (Resource unit : resources.getResources("classpath*:META-INF/persistence-loyalty*.xml")) {
            String xml = new String(FileCopyUtils.copyToByteArray(unit.getInputStream()), StandardCharsets.UTF_8);
            Matcher entity = Pattern.compile("<class>\\s*([\\w.]+)\\s*</class>").matcher(xml);
            while (entity.find()) {
                Class<?> type = Class.forName(entity.group(1));
                List<String> friendlyNames = new ArrayList<String>();
                AdminPresentationClass presentation = type.getAnnotation(AdminPresentationClass.class);
                if (presentation != null) {
                    friendlyNames.add(presentation.friendlyName());
                }
                for (Field field : type.getDeclaredFields()) {
                    AdminPresentation fieldPresentation = field.getAnnotation(AdminPresentation.class);
                    if (fieldPresentation != null) {
                        friendlyNames.add(fieldPresentation.friendlyName());
                    }
                }
                for (String name : friendlyNames) {
                    names++;
                    if (!name.isEmpty() && !english.containsKey(name)) {
                        missing.add(type.getSimpleName() + ": " + name);
                    }
                }
            }
        }
        assertThat(names).as("friendly names found").isGreaterThan(60);
        assertThat(missing).as("friendly names that are no admin message key (shown as written, in English)").isEmpty();
    }

    @Test
    void shouldShowNoLiteralTextInTheAdminTemplates() {
        assertThat(TemplateTextCheck.literalTexts(
                Paths.get("src/main/resources/open_admin_style/templates/views/loyalty"),
                Collections.<String>emptyList())).isEmpty();
    }
}
