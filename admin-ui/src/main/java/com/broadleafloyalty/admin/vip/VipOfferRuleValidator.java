package com.broadleafloyalty.admin.vip;

import com.broadleafloyalty.admin.customer.LoyaltyAdminSection;
import com.broadleafloyalty.support.core.LoyaltyText;
import com.broadleafloyalty.vip.domain.VipOffer;
import com.broadleafloyalty.vip.service.VipOfferService;
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
 * The VIP offer form's checks, asked of the VIP offer service (no rule lives here): on the min tier field, a rule
 * with neither tier nor segment and an unknown tier; on the offer field, an offer that already has a rule. The
 * returned sentence, in the admin's language, is shown next to the field (Broadleaf uses it as the default message)
 * and stops the save.
 */
public class VipOfferRuleValidator implements PropertyValidator {

    @Resource(name = "blLoyaltyVipOfferService")
    protected VipOfferService vipOfferService;

    @Resource(name = "blLoyaltyAdminSection")
    protected LoyaltyAdminSection section;

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
            Map<String, FieldMetadata> entityFieldMetadata, Map<String, String> validationConfiguration,
            BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        LoyaltyText problem = null;
        if ("minTierName".equals(propertyName)) {
            problem = vipOfferService.ruleProblem(value, valueOf(entity, "segmentName"));
        } else if ("offer".equals(propertyName) && value != null && value.matches("\\d{1,18}")) {
            VipOffer existing = vipOfferService.findByOfferId(Long.valueOf(value));
            Long editedId = instance instanceof VipOffer ? ((VipOffer) instance).getId() : null;
            if (existing != null && !existing.getId().equals(editedId)) {
                problem = LoyaltyText.of("loyalty.vipOffer.alreadyVip");
            }
        }
        return problem == null ? new PropertyValidationResult(true)
                : new PropertyValidationResult(false, section.message(problem));
    }

    private static String valueOf(Entity entity, String name) {
        Property property = entity.findProperty(name);
        return property == null ? null : property.getValue();
    }
}
