package com.broadleafloyalty.admin.reward;

import com.broadleafloyalty.ledger.core.InputLimits;
import com.broadleafloyalty.redemption.core.RewardItemProblem;
import com.broadleafloyalty.redemption.core.RewardItemRules;
import com.broadleafloyalty.support.i18n.LoyaltyMessages;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;

import java.io.Serializable;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Lets the admin form ask {@link RewardItemRules} about one reward item field. Broadleaf finds it by bean id
 * ({@code blLoyaltyRewardItemValidator}) from the {@code @ValidationConfiguration} on the entity's fields and shows
 * the returned message key next to the field; an invalid field stops the save. A message that names a limit
 * (loyalty.limit.*) is returned as its text, with the limit filled in: Broadleaf shows a text no key matches as is.
 */
public class RewardItemPropertyValidator implements PropertyValidator {

    @Resource(name = "blLoyaltyInputLimits")
    protected InputLimits limits = InputLimits.defaults();

    @Resource(name = "blLoyaltyMessages")
    protected LoyaltyMessages messages;

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
            Map<String, FieldMetadata> entityFieldMetadata, Map<String, String> validationConfiguration,
            BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        if ((value == null || value.isEmpty()) && isRequired(propertyMetadata)) {
            // Broadleaf's own required-field check has already reported the empty field; one message is enough.
            return new PropertyValidationResult(true);
        }
        // The value and the product depend on the type the same form submits.
        RewardItemRules rules = new RewardItemRules(limits);
        RewardItemProblem problem = rules.checkTypedForType(propertyName, value, typeCode(entity)).orElse(null);
        if (problem == null) {
            return new PropertyValidationResult(true);
        }
        Object[] limit = rules.limitOf(problem);
        return new PropertyValidationResult(false, limit.length == 0
                ? problem.getMessageKey() : messages.message(problem.getMessageKey(), limit));
    }

    private static String typeCode(Entity entity) {
        Property type = entity == null || entity.getProperties() == null ? null : entity.findProperty("rewardType");
        return type == null ? null : type.getValue();
    }

    private static boolean isRequired(BasicFieldMetadata metadata) {
        return metadata.getRequiredOverride() != null
                ? metadata.getRequiredOverride()
                : Boolean.TRUE.equals(metadata.getRequired());
    }
}
