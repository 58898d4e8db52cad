package com.broadleafloyalty.admin.tier;

import org.broadleafcommerce.openadmin.web.controller.entity.AdminBasicEntityController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Map;

/**
 * The Tiers section ({@code /loyalty-tiers}): list, add, edit and delete tiers. Broadleaf renders the pages from
 * TierImpl's {@code @AdminPresentation} metadata; {@link TierPropertyValidator} refuses invalid set-ups.
 */
@Controller("blLoyaltyAdminTierController")
@RequestMapping("/" + AdminTierController.SECTION_KEY)
public class AdminTierController extends AdminBasicEntityController {

    /** The section's URL without its slash, as loaded into BLC_ADMIN_SECTION.URL. */
    public static final String SECTION_KEY = "loyalty-tiers";

    @Override
    protected String getSectionKey(Map<String, String> pathVars) {
        String fromPath = super.getSectionKey(pathVars);
        return fromPath != null ? fromPath : SECTION_KEY;
    }
}
