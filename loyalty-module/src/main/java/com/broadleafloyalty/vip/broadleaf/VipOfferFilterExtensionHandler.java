package com.broadleafloyalty.vip.broadleaf;

import com.broadleafloyalty.vip.service.VipOfferService;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.service.AbstractOfferServiceExtensionHandler;
import org.broadleafcommerce.core.offer.service.OfferServiceExtensionManager;

import java.util.Iterator;
import java.util.List;
import java.util.Set;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * Removes the VIP offers the customer being priced may not use from the list Broadleaf's
 * {@code OfferServiceImpl.buildOfferListForOrder} built (automatic offers, the customer's assigned offers and the
 * offers of codes in the cart alike), so the offer engine never applies them.
 */
public class VipOfferFilterExtensionHandler extends AbstractOfferServiceExtensionHandler {

    @Resource(name = "blOfferServiceExtensionManager")
    protected OfferServiceExtensionManager extensionManager;

    @Resource(name = "blLoyaltyVipOfferService")
    protected VipOfferService vipOfferService;

    @PostConstruct
    public void init() {
        if (isEnabled()) {
            extensionManager.registerHandler(this);
        }
    }

    @Override
    public ExtensionResultStatusType applyAdditionalFilters(List<Offer> offers) {
        if (offers == null || offers.isEmpty()) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        Set<Long> refused = vipOfferService.refusedOfferIds(VipPricingContext.customerId(), offers);
        if (refused.isEmpty()) {
            return ExtensionResultStatusType.HANDLED_CONTINUE;
        }
        Iterator<Offer> each = offers.iterator();
        while (each.hasNext()) {
            if (refused.contains(each.next().getId())) {
                each.remove();
            }
        }
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }
}
