package com.broadleafloyalty.admin.vip;

import org.broadleafcommerce.openadmin.web.controller.entity.AdminBasicEntityController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Map;

/**
 * The Personal codes section ({@code /loyalty-personal-codes}): the one-time codes issued to customers, read-only
 * (admins hold only the read permission on the entity; codes are issued by
 * {@code blLoyaltyVipOfferService.issuePersonalCodes(offerId, segmentName)}).
 */
@Controller("blLoyaltyAdminPersonalCodeController")
@RequestMapping("/" + AdminPersonalCodeController.SECTION_KEY)
public class AdminPersonalCodeController extends AdminBasicEntityController {

    public static final String SECTION_KEY = "loyalty-personal-codes";

    @Override
    protected String getSectionKey(Map<String, String> pathVars) {
        String fromPath = super.getSectionKey(pathVars);
        return fromPath != null ? fromPath : SECTION_KEY;
    }
}
