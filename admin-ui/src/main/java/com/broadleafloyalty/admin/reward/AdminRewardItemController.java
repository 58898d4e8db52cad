package com.broadleafloyalty.admin.reward;

import org.broadleafcommerce.openadmin.web.controller.entity.AdminBasicEntityController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Map;

/**
 * The Reward catalog section ({@code /loyalty-rewards}): list, search, add, edit and delete reward items.
 * Broadleaf renders the list and forms from RewardItemImpl's {@code @AdminPresentation} metadata; this controller
 * only pins the section, so the pages keep working when the generic {@code /{sectionKey}} mapping is customised.
 */
@Controller("blLoyaltyAdminRewardItemController")
@RequestMapping("/" + AdminRewardItemController.SECTION_KEY)
public class AdminRewardItemController extends AdminBasicEntityController {

    /** The section's URL without its slash, as loaded into BLC_ADMIN_SECTION.URL. */
    public static final String SECTION_KEY = "loyalty-rewards";

    @Override
    protected String getSectionKey(Map<String, String> pathVars) {
        String fromPath = super.getSectionKey(pathVars);
        return fromPath != null ? fromPath : SECTION_KEY;
    }
}
