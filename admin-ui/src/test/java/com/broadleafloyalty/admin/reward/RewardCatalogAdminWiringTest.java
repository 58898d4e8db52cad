package com.broadleafloyalty.admin.reward;

import com.broadleafloyalty.redemption.core.RewardItemProblem;
import com.broadleafloyalty.redemption.core.RewardItemRules;
import com.broadleafloyalty.redemption.domain.RewardItemImpl;
import com.broadleafloyalty.redemption.domain.RewardType;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the reward entity's admin annotations, the reward rules and the admin messages in step. */
class RewardCatalogAdminWiringTest {

    @Test
    void shouldHaveATextForEveryRewardItemLabelAndMessage() throws IOException {
        Properties messages = messages();
        List<String> keys = new ArrayList<String>();
        keys.add(RewardItemImpl.class.getAnnotation(AdminPresentationClass.class).friendlyName());
        for (Field field : RewardItemImpl.class.getDeclaredFields()) {
            AdminPresentation presentation = field.getAnnotation(AdminPresentation.class);
            if (presentation != null) {
                keys.add(presentation.friendlyName());
                if (!presentation.tooltip().isEmpty()) {
                    keys.add(presentation.tooltip());
                }
            }
        }
        for (RewardItemProblem problem : RewardItemProblem.values()) {
            keys.add(problem.getMessageKey());
        }
        keys.add("LoyaltyModule");
        keys.add("LoyaltyRewardCatalog");

        assertThat(keys).allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void shouldShowTheRulesOwnWordsForEveryProblem() throws IOException {
        Properties messages = messages();

        for (RewardItemProblem problem : RewardItemProblem.values()) {
            assertThat(messages.getProperty(problem.getMessageKey())).as(problem.name()).isEqualTo(problem.getMessage());
        }
    }

    @Test
    void shouldValidateExactlyTheFieldsTheRulesGovern() {
        Set<String> governed = new TreeSet<String>();
        for (RewardItemProblem problem : RewardItemProblem.values()) {
            governed.add(problem.getField());
        }
        Set<String> validated = new TreeSet<String>();
        for (Field field : RewardItemImpl.class.getDeclaredFields()) {
            AdminPresentation presentation = field.getAnnotation(AdminPresentation.class);
            if (presentation == null) {
                continue;
            }
            for (ValidationConfiguration validation : presentation.validationConfigurations()) {
                if (RewardItemImpl.VALIDATOR.equals(validation.validationImplementation())) {
                    validated.add(field.getName());
                }
            }
        }

        assertThat(validated).isEqualTo(governed);
    }

    @Test
    void shouldKnowEveryRewardTypeTheAdminOffers() throws IllegalAccessException {
        Set<String> offered = new TreeSet<String>();
        for (Field field : RewardType.class.getDeclaredFields()) {
            if (field.getType() == RewardType.class && Modifier.isStatic(field.getModifiers())) {
                offered.add(((RewardType) field.get(null)).getType());
            }
        }

        assertThat(offered).isEqualTo(new TreeSet<String>(RewardItemRules.KNOWN_TYPE_CODES));
    }

    private static Properties messages() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = RewardCatalogAdminWiringTest.class.getResourceAsStream(
                "/messages/LoyaltyAdminMessages.properties")) {
            messages.load(in);
        }
        return messages;
    }
}
