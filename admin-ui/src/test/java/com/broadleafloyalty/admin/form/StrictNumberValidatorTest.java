package com.broadleafloyalty.admin.form;

import com.broadleafloyalty.redemption.domain.RewardItemImpl;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.module.provider.request.PopulateValueRequest;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.Serializable;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class StrictNumberValidatorTest {

    private final StrictNumberValidator validator = new StrictNumberValidator();

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "1e3", "12,5", "\u0665\u0660", "\uff15", "1.123456", "123456789012345"})
    void shouldRefuseADecimalThatIsNotPlainAsciiDigits(String typed) {
        PropertyValidationResult result = validate(SupportedFieldType.DECIMAL, BigDecimal.class, typed,
                new RewardItemImpl());

        assertThat(result.isValid()).isFalse();
        assertThat(result.getErrorMessage()).isEqualTo("loyalty.admin.field.notADecimal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "\uff11", "0x10", "9223372036854775808", "12.5", "+5", "-0"})
    void shouldRefuseAWholeNumberThatIsNotPlainAsciiDigits(String typed) {
        assertThat(validate(SupportedFieldType.INTEGER, Long.class, typed, new RewardItemImpl()).getErrorMessage())
                .isEqualTo("loyalty.admin.field.notAWholeNumber");
    }

    @Test
    void shouldRefuseMoreThanAnIntFieldHolds() {
        assertThat(validate(SupportedFieldType.INTEGER, Integer.class, "2147483648", new RewardItemImpl()).isValid())
                .isFalse();
        assertThat(validate(SupportedFieldType.INTEGER, Integer.class, "2147483647", new RewardItemImpl()).isValid())
                .isTrue();
        assertThat(validate(SupportedFieldType.DECIMAL, BigDecimal.class, "-0.0", new RewardItemImpl()).isValid())
                .isFalse();
    }

    @Test
    void shouldPassPlainNumbersEmptyFieldsAndOtherModulesEntities() {
        assertThat(validate(SupportedFieldType.DECIMAL, BigDecimal.class, "12.50", new RewardItemImpl()).isValid())
                .isTrue();
        assertThat(validate(SupportedFieldType.INTEGER, Long.class, "-20", new RewardItemImpl()).isValid()).isTrue();
        assertThat(validate(SupportedFieldType.INTEGER, Long.class, "", new RewardItemImpl()).isValid()).isTrue();
        assertThat(validate(SupportedFieldType.DECIMAL, BigDecimal.class, "NaN",
                new org.broadleafcommerce.core.offer.domain.OfferImpl()).isValid()).isTrue();
    }

    private PropertyValidationResult validate(SupportedFieldType type, Class<?> returnType, String typed,
            Serializable instance) {
        BasicFieldMetadata metadata = new BasicFieldMetadata();
        metadata.setFieldType(type);
        Property property = new Property();
        property.setName("field");
        property.setValue(typed);
        return validator.validate(new PopulateValueRequest(false, null, property, metadata, returnType, typed, null,
                null), instance);
    }
}
