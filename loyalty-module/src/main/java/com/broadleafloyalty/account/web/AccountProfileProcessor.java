package com.broadleafloyalty.account.web;

import com.broadleafloyalty.account.broadleaf.LoyaltyRegistrationObserver;
import com.broadleafloyalty.account.service.AccountOverview;
import com.broadleafloyalty.account.service.CustomerAccountService;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.common.web.dialect.AbstractModelVariableModifierProcessor;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.thymeleaf.Arguments;
import org.thymeleaf.dom.Element;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/**
 * {@code <blc:loyalty_account_profile var="profile"/>}: the logged-in shopper's referral code and link, referrals,
 * birth date and newsletter settings ({@link AccountOverview}), the full referral link as {@code profileReferralLink},
 * and, once, what the registration did not accept as {@code profileRegistrationProblems}. Null for visitors.
 */
public class AccountProfileProcessor extends AbstractModelVariableModifierProcessor {

    @Resource(name = "blLoyaltyCustomerAccountService")
    protected CustomerAccountService accounts;

    protected String baseUrl = "";

    public AccountProfileProcessor() {
        super("loyalty_account_profile");
    }

    @Override
    public int getPrecedence() {
        return 10000;
    }

    @Override
    protected void modifyModelAttributes(Arguments arguments, Element element) {
        String var = element.getAttributeValue("var");
        if (var == null || var.trim().isEmpty()) {
            var = "profile";
        }
        Customer customer = CustomerState.getCustomer();
        AccountOverview overview = null;
        Object problems = null;
        String link = null;
        if (customer != null && customer.isRegistered()) {
            overview = accounts.overview(customer);
            HttpServletRequest request = BroadleafRequestContext.getBroadleafRequestContext().getRequest();
            link = root(request) + overview.getReferralPath();
            HttpSession session = request == null ? null : request.getSession(false);
            if (session != null) {
                problems = session.getAttribute(LoyaltyRegistrationObserver.PROBLEMS_ATTRIBUTE);
                session.removeAttribute(LoyaltyRegistrationObserver.PROBLEMS_ATTRIBUTE);
            }
        }
        addToModel(arguments, var, overview);
        addToModel(arguments, var + "ReferralLink", link);
        addToModel(arguments, var + "RegistrationProblems", problems);
    }

    /** The shop's root URL: {@code loyalty.account.base.url} when set, else the request's scheme, host and context. */
    private String root(HttpServletRequest request) {
        if (baseUrl != null && !baseUrl.trim().isEmpty()) {
            return baseUrl.trim().replaceAll("/+$", "");
        }
        if (request == null) {
            return "";
        }
        StringBuilder root = new StringBuilder(request.getScheme()).append("://").append(request.getServerName());
        int port = request.getServerPort();
        if (!("http".equals(request.getScheme()) && port == 80) && !("https".equals(request.getScheme()) && port == 443)) {
            root.append(':').append(port);
        }
        return root.append(request.getContextPath()).toString();
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }
}
