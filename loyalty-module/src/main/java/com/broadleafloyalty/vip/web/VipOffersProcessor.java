package com.broadleafloyalty.vip.web;

import com.broadleafloyalty.vip.service.VipOfferService;
import com.broadleafloyalty.vip.service.VisibleVipOffer;
import org.broadleafcommerce.common.web.dialect.AbstractModelVariableModifierProcessor;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.thymeleaf.Arguments;
import org.thymeleaf.dom.Element;

import java.util.Collections;
import java.util.List;

import javax.annotation.Resource;

/**
 * {@code <blc:loyalty_vip_offers var="vipOffers"/>}: the VIP offers the current shopper may use (name, description,
 * code), an empty list for guests and for shoppers who qualify for none.
 */
public class VipOffersProcessor extends AbstractModelVariableModifierProcessor {

    @Resource(name = "blLoyaltyVipOfferService")
    protected VipOfferService vipOfferService;

    public VipOffersProcessor() {
        super("loyalty_vip_offers");
    }

    @Override
    public int getPrecedence() {
        return 10000;
    }

    @Override
    protected void modifyModelAttributes(Arguments arguments, Element element) {
        Customer customer = CustomerState.getCustomer();
        List<VisibleVipOffer> offers = customer == null ? Collections.<VisibleVipOffer>emptyList()
                : vipOfferService.visibleTo(customer);
        String name = element.getAttributeValue("var");
        addToModel(arguments, name == null || name.trim().isEmpty() ? "vipOffers" : name.trim(), offers);
    }
}
