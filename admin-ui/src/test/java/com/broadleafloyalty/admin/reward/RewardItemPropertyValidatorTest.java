package com.broadleafloyalty.admin.reward;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.junit.jupiter.api.Test;

import java.util.Collections;

class RewardItemPropertyValidatorTest {

    private final RewardItemPropertyValidator validator = new RewardItemPropertyValidator();

    @Test
    void shouldRefuseAPointsCostOfZeroOrLessWithTheRuleMessageKey() {
        PropertyValidationResult zero = validate("pointsCost", "0", required());
        PropertyValidationResult negative = validate("pointsCost", "-5", required());

        assertThat(zero.isValid()).isFalse();
        assertThat(zero.getErrorMessage()).isEqualTo("loyalty.reward.pointsCost.notPositive");
        assertThat(negative.getErrorMessage()).isEqualTo("loyalty.reward.pointsCost.notPositive");
    }

    @Test
    void shouldRefuseHugeOrNonAsciiNumbersAndNameTheLimitInTheMessage() {
        validator.messages = new com.broadleafloyalty.support.i18n.LoyaltyMessages() {
            @Override
            public String message(String key, Object... arguments) {
                return key + " " + java.util.Arrays.toString(arguments);
            }
        };

        assertThat(validate("pointsCost", "9223372036854775807", required()).getErrorMessage())
                .isEqualTo("loyalty.reward.pointsCost.aboveLimit [1000000]");
        assertThat(validate("pointsCost", "\u0665\u0660", required()).getErrorMessage())
                .isEqualTo("loyalty.reward.pointsCost.notPositive");
        assertThat(validate("stock", "\uff15\uff10", new BasicFieldMetadata()).getErrorMessage())
                .isEqualTo("loyalty.reward.stock.negative");
        assertThat(validate("stock", "2147483648", new BasicFieldMetadata()).getErrorMessage())
                .isEqualTo("loyalty.reward.stock.aboveLimit [1000000]");
        assertThat(validate("description", new String(new char[2001]).replace('\0', 'x'), new BasicFieldMetadata())
                .getErrorMessage()).isEqualTo("loyalty.reward.description.tooLong");
        assertThat(validate("pointsCost", "1000000", required()).isValid()).isTrue();
    }

    @Test
    void shouldRefuseAnUnknownRewardType() {
        PropertyValidationResult result = validate("rewardType", "CASHBACK", required());

        assertThat(result.isValid()).isFalse();
        assertThat(result.getErrorMessage()).isEqualTo("loyalty.reward.type.unknown");
    }

    @Test
    void shouldRefuseABlankNameThatBroadleafsRequiredCheckLetsThrough() {
        PropertyValidationResult result = validate("name", "   ", required());

        assertThat(result.isValid()).isFalse();
        assertThat(result.getErrorMessage()).isEqualTo("loyalty.reward.name.missing");
    }

    @Test
    void shouldLeaveAnEmptyRequiredFieldToBroadleafsRequiredCheck() {
        assertThat(validate("name", "", required()).isValid()).isTrue();
        assertThat(validate("pointsCost", null, required()).isValid()).isTrue();
    }

    @Test
    void shouldReportAnEmptyFieldThatBroadleafDoesNotRequire() {
        PropertyValidationResult result = validate("pointsCost", "", new BasicFieldMetadata());

        assertThat(result.isValid()).isFalse();
        assertThat(result.getErrorMessage()).isEqualTo("loyalty.reward.pointsCost.missing");
    }

    @Test
    void shouldAcceptValidValuesAndUnlimitedStock() {
        assertThat(validate("name", "Coffee mug", required()).isValid()).isTrue();
        assertThat(validate("pointsCost", "750", required()).isValid()).isTrue();
        assertThat(validate("rewardType", "GIFT", required()).isValid()).isTrue();
        assertThat(validate("stock", "", new BasicFieldMetadata()).isValid()).isTrue();
        assertThat(validate("stock", "-1", new BasicFieldMetadata()).getErrorMessage())
                .isEqualTo("loyalty.reward.stock.negative");
    }

    @Test
    void shouldJudgeTheValueAndTheProductByTheTypeOnTheSameForm() {
        Entity percent = withType("PERCENT_DISCOUNT");
        assertThat(validator.validate(percent, null, null, Collections.<String, String>emptyMap(), new BasicFieldMetadata(),
                "rewardValue", "120").getErrorMessage()).isEqualTo("loyalty.reward.value.percentAbove100");
        assertThat(validator.validate(withType("FIXED_DISCOUNT"), null, null, Collections.<String, String>emptyMap(),
                new BasicFieldMetadata(), "rewardValue", "120").isValid()).isTrue();
        assertThat(validator.validate(withType("GIFT"), null, null, Collections.<String, String>emptyMap(),
                new BasicFieldMetadata(), "product", "").getErrorMessage()).isEqualTo("loyalty.reward.product.missing");
        assertThat(validator.validate(withType("FREE_SHIPPING"), null, null, Collections.<String, String>emptyMap(),
                new BasicFieldMetadata(), "product", "").isValid()).isTrue();
    }

    private static Entity withType(String typeCode) {
        Property type = new Property();
        type.setName("rewardType");
        type.setValue(typeCode);
        Entity entity = new Entity();
        entity.setProperties(new Property[] {type});
        return entity;
    }

    private PropertyValidationResult validate(String property, String value, BasicFieldMetadata metadata) {
        return validator.validate(new Entity(), null, null, Collections.<String, String>emptyMap(), metadata,
                property, value);
    }

    /** What Broadleaf builds for a NOT NULL column or requiredOverride = REQUIRED. */
    private static BasicFieldMetadata required() {
        BasicFieldMetadata metadata = new BasicFieldMetadata();
        metadata.setRequired(true);
        return metadata;
    }
}
