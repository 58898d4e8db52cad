package com.broadleafloyalty.admin.tier;

import com.broadleafloyalty.admin.customer.LoyaltyAdminSection;
import com.broadleafloyalty.tier.core.TierDefinition;
import com.broadleafloyalty.tier.core.TierSetupProblem;
import com.broadleafloyalty.tier.domain.Tier;
import com.broadleafloyalty.tier.service.LoyaltyTierService;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;

import java.io.Serializable;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Checks the tier being saved against the saved others ({@link com.broadleafloyalty.tier.core.TierSetup}, through
 * the tier service) and reports the problem of the validated field next to it; any problem stops the save.
 * Broadleaf finds it by bean id ({@code blLoyaltyTierValidator}) from TierImpl's {@code @ValidationConfiguration}.
 * The message is the text itself, in the admin's language (it names tiers and thresholds): Broadleaf shows it when
 * no message key matches.
 */
public class TierPropertyValidator implements PropertyValidator {

    @Resource(name = "blLoyaltyTierService")
    protected LoyaltyTierService tierService;

    @Resource(name = "blLoyaltyAdminSection")
    protected LoyaltyAdminSection section;

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
            Map<String, FieldMetadata> entityFieldMetadata, Map<String, String> validationConfiguration,
            BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        if (!(instance instanceof Tier)) {
            return new PropertyValidationResult(true);
        }
        if ((value == null || value.isEmpty()) && isRequired(propertyMetadata)) {
            // Broadleaf's own required-field check has already reported the empty field; one message is enough.
            return new PropertyValidationResult(true);
        }
        Tier tier = (Tier) instance;
        TierDefinition candidate = new TierDefinition(tier.getId(), tier.getName(),
                tier.getPointsThreshold() == null ? 0L : tier.getPointsThreshold(), tier.getSpendThreshold(),
                tier.getMultiplier(), TierDefinition.perksFromText(tier.getPerks()));
        for (TierSetupProblem problem : tierService.problemsOf(candidate)) {
            if (problem.getField().equals(propertyName)) {
                return new PropertyValidationResult(false, section.message(problem.getText()));
            }
        }
        return new PropertyValidationResult(true);
    }

    private static boolean isRequired(BasicFieldMetadata metadata) {
        return metadata.getRequiredOverride() != null
                ? metadata.getRequiredOverride()
                : Boolean.TRUE.equals(metadata.getRequired());
    }
}
