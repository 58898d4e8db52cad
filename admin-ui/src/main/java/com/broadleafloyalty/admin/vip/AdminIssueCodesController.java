package com.broadleafloyalty.admin.vip;

import com.broadleafloyalty.admin.customer.LoyaltyAdminSection;
import com.broadleafloyalty.vip.core.VipRuleRefusedException;
import com.broadleafloyalty.vip.domain.VipOffer;
import com.broadleafloyalty.vip.service.IssuedCodes;
import com.broadleafloyalty.vip.service.VipOfferService;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;

/**
 * "Issue personal codes" ({@code /loyalty-personal-codes/issue}, in the Personal codes section): one one-time code
 * per customer of a segment for an offer, through {@link VipOfferService#issuePersonalCodes}. Viewing needs the
 * section; issuing needs the right to change VIP offers. Post/redirect/get, so a reload issues nothing (and issuing
 * twice would issue nothing anyway).
 */
@Controller("blLoyaltyAdminIssueCodesController")
@RequestMapping("/" + AdminPersonalCodeController.SECTION_KEY + "/issue")
public class AdminIssueCodesController {

    @Resource(name = "blLoyaltyAdminSection")
    protected LoyaltyAdminSection section;

    @Resource(name = "blLoyaltyVipOfferService")
    protected VipOfferService vipOfferService;

    @Resource(name = "blOfferService")
    protected OfferService offerService;

    @Resource(name = "blAdminSecurityRemoteService")
    protected SecurityVerifier adminSecurity;

    @RequestMapping(method = RequestMethod.GET)
    public String form(Model model) {
        section.open(AdminPersonalCodeController.SECTION_KEY, model);
        model.addAttribute("offers", offerService.findAllOffers());
        model.addAttribute("viewType", "loyalty/issueCodes");
        return "modules/defaultContainer";
    }

    @RequestMapping(method = RequestMethod.POST)
    public String issue(@RequestParam(value = "offerId", required = false) String offerInput,
            @RequestParam(value = "segment", defaultValue = "") String segment, Model model,
            RedirectAttributes redirect) throws ServiceException {
        section.open(AdminPersonalCodeController.SECTION_KEY, model);
        adminSecurity.securityCheck(VipOffer.class.getName(), EntityOperationType.UPDATE);
        // ASCII digits only (Spring would bind '５' as 5); anything else names no offer.
        Long offerId = offerInput != null && offerInput.trim().matches("[0-9]{1,18}")
                ? Long.valueOf(offerInput.trim()) : Long.valueOf(-1L);
        try {
            IssuedCodes issued = vipOfferService.issuePersonalCodes(offerId, segment);
            redirect.addFlashAttribute("notice", section.message("loyalty.issueCodes.issued", segment.trim(),
                    issued.getIssued(), issued.getAlreadyHad()));
        } catch (VipRuleRefusedException e) {
            redirect.addFlashAttribute("refusal", section.message(e.getText()));
        }
        return "redirect:/" + AdminPersonalCodeController.SECTION_KEY + "/issue";
    }
}
