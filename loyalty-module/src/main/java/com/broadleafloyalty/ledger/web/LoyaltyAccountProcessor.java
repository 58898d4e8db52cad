package com.broadleafloyalty.ledger.web;

import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.support.web.LoyaltyProcessorSupport;
import org.broadleafcommerce.common.web.dialect.AbstractModelVariableModifierProcessor;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.thymeleaf.Arguments;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.dom.Element;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * {@code <blc:loyalty_account var="loyalty"/>}: the logged-in shopper's balance and ledger, or null for a visitor
 * who is not logged in. Only ever the current shopper's own account: the customer comes from the session.
 */
public class LoyaltyAccountProcessor extends AbstractModelVariableModifierProcessor {

    @Resource(name = "blLoyaltyPointsService")
    protected LoyaltyPointsService loyaltyPointsService;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger pointsLedger;

    public LoyaltyAccountProcessor() {
        super("loyalty_account");
    }

    @Override
    public int getPrecedence() {
        return 10000;
    }

    @Override
    protected void modifyModelAttributes(Arguments arguments, Element element) {
        Customer customer = CustomerState.getCustomer();
        LoyaltyAccountView view = null;
        if (customer != null && customer.isRegistered()) {
            HttpServletRequest request = arguments.getContext() instanceof IWebContext
                    ? ((IWebContext) arguments.getContext()).getHttpServletRequest() : null;
            int page = LoyaltyAccountView.page(request == null ? null
                    : request.getParameter(LoyaltyAccountView.PAGE_PARAMETER));
            view = LoyaltyAccountView.of(customer.getId(), page, loyaltyPointsService, pointsLedger);
        }
        addToModel(arguments, LoyaltyProcessorSupport.variableName(element, "loyalty"), view);
    }
}
