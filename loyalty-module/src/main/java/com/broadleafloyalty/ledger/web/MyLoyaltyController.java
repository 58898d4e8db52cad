package com.broadleafloyalty.ledger.web;

import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.PointsLedger;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import javax.annotation.Resource;

/**
 * The shopper's "My loyalty" page. The site's security normally guards {@code /account/**}; this controller checks
 * the shopper again so a site that forgot the rule still never shows a visitor a balance.
 */
@Controller
public class MyLoyaltyController {

    public static final String PATH = "/account/loyalty";

    @Resource(name = "blLoyaltyPointsService")
    protected LoyaltyPointsService loyaltyPointsService;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger pointsLedger;

    protected String view = "loyalty/myLoyalty";
    protected String loginRedirect = "redirect:/login";

    @RequestMapping(value = PATH, method = RequestMethod.GET)
    public String myLoyalty(@RequestParam(value = LoyaltyAccountView.PAGE_PARAMETER, required = false) String page,
            Model model) {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || !customer.isRegistered()) {
            return loginRedirect;
        }
        model.addAttribute("loyalty", LoyaltyAccountView.of(customer.getId(), LoyaltyAccountView.page(page),
                loyaltyPointsService, pointsLedger));
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public void setLoginRedirect(String loginRedirect) {
        this.loginRedirect = loginRedirect;
    }
}
