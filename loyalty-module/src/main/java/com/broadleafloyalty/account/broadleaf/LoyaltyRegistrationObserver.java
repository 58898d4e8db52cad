package com.broadleafloyalty.account.broadleaf;

import com.broadleafloyalty.account.service.CustomerAccountService;
import com.broadleafloyalty.account.service.RegistrationDetails;
import com.broadleafloyalty.support.config.LoyaltySwitch;
import com.broadleafloyalty.support.core.LoyaltyText;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.listener.PostRegistrationObserver;

import java.util.List;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * Broadleaf's registration hook: {@code CustomerServiceImpl.registerCustomer} notifies its post-registration
 * observers inside the registration's transaction. This one credits the sign-up bonus and applies the loyalty fields
 * of the registration (from {@link RegistrationDetails#during}, else the current request's parameters), and gives the
 * account the language the shopper registered in (Broadleaf leaves the customer's locale empty). A refused
 * code or date never fails the registration: the problems are put on the request (attribute
 * {@value #PROBLEMS_ATTRIBUTE}) and in the session for the next page.
 */
public class LoyaltyRegistrationObserver implements PostRegistrationObserver {

    public static final String PROBLEMS_ATTRIBUTE = "loyaltyRegistrationProblems";

    private static final Log LOG = LogFactory.getLog(LoyaltyRegistrationObserver.class);

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blLoyaltyCustomerAccountService")
    protected CustomerAccountService accounts;

    @Resource(name = "blLoyaltySwitch")
    protected LoyaltySwitch loyaltySwitch;

    @PostConstruct
    public void register() {
        customerService.addPostRegisterListener(this);
    }

    @Override
    public void processRegistrationEvent(Customer customer) {
        if (!loyaltySwitch.isEnabled() || customer == null || customer.getId() == null) {
            return;
        }
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        HttpServletRequest request = context == null ? null : context.getRequest();
        if (customer.getCustomerLocale() == null && context != null && context.getLocale() != null) {
            // The account's language is the one the shopper registered in: their emails go out in it.
            customer.setCustomerLocale(context.getLocale());
        }
        RegistrationDetails details = RegistrationDetails.current();
        if (details == null) {
            details = RegistrationDetails.fromRequest(request);
        }
        List<LoyaltyText> problems = accounts.registered(customer, details);
        if (!problems.isEmpty()) {
            LOG.info("Registration of customer " + customer.getId() + ": " + problems);
            if (request != null) {
                request.setAttribute(PROBLEMS_ATTRIBUTE, problems);
                request.getSession().setAttribute(PROBLEMS_ATTRIBUTE, problems);
            }
        }
    }
}
