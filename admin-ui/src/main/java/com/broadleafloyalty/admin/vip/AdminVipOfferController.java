package com.broadleafloyalty.admin.vip;

import org.broadleafcommerce.openadmin.web.controller.entity.AdminBasicEntityController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Map;

/**
 * The VIP offers section ({@code /loyalty-vip-offers}): which Broadleaf offers are restricted to a minimum tier
 * and/or a segment. Forms come from VipOfferImpl's {@code @AdminPresentation}; {@link VipOfferRuleValidator}
 * refuses a rule with neither, an unknown tier and a second rule for one offer.
 */
@Controller("blLoyaltyAdminVipOfferController")
@RequestMapping("/" + AdminVipOfferController.SECTION_KEY)
public class AdminVipOfferController extends AdminBasicEntityController {

    public static final String SECTION_KEY = "loyalty-vip-offers";

    @Override
    protected String getSectionKey(Map<String, String> pathVars) {
        String fromPath = super.getSectionKey(pathVars);
        return fromPath != null ? fromPath : SECTION_KEY;
    }
}
