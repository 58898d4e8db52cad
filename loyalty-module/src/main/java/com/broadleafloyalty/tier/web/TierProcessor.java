package com.broadleafloyalty.tier.web;

import com.broadleafloyalty.tier.service.LoyaltyTierService;
import com.broadleafloyalty.tier.service.TierStatus;
import org.broadleafcommerce.common.web.dialect.AbstractModelVariableModifierProcessor;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.thymeleaf.Arguments;
import org.thymeleaf.dom.Element;

import javax.annotation.Resource;

/**
 * {@code <blc:loyalty_tier var="loyaltyTier"/>}: the logged-in shopper's {@link TierStatus} (tier, progress
 * sentence, perks), or null for a visitor who is not logged in or when no tiers are defined.
 */
public class TierProcessor extends AbstractModelVariableModifierProcessor {

    @Resource(name = "blLoyaltyTierService")
    protected LoyaltyTierService tierService;

    public TierProcessor() {
        super("loyalty_tier");
    }

    @Override
    public int getPrecedence() {
        return 10000;
    }

    @Override
    protected void modifyModelAttributes(Arguments arguments, Element element) {
        Customer customer = CustomerState.getCustomer();
        TierStatus status = null;
        if (customer != null && customer.isRegistered() && !tierService.ladder().isEmpty()) {
            status = tierService.status(customer.getId());
        }
        String name = element.getAttributeValue("var");
        addToModel(arguments, name == null || name.trim().isEmpty() ? "loyaltyTier" : name.trim(), status);
    }
}
