package com.broadleafloyalty.challenge.web;

import com.broadleafloyalty.challenge.service.ChallengeBoard;
import com.broadleafloyalty.challenge.service.ChallengeService;
import com.broadleafloyalty.support.web.LoyaltyProcessorSupport;
import org.broadleafcommerce.common.web.dialect.AbstractModelVariableModifierProcessor;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.thymeleaf.Arguments;
import org.thymeleaf.dom.Element;

import javax.annotation.Resource;

/**
 * {@code <blc:loyalty_challenges var="loyaltyChallenges"/>}: the logged-in shopper's {@link ChallengeBoard} (open
 * challenges with progress, badges, what is next), or null for a visitor who is not logged in.
 */
public class ChallengesProcessor extends AbstractModelVariableModifierProcessor {

    @Resource(name = "blLoyaltyChallengeService")
    protected ChallengeService challenges;

    public ChallengesProcessor() {
        super("loyalty_challenges");
    }

    @Override
    public int getPrecedence() {
        return 10000;
    }

    @Override
    protected void modifyModelAttributes(Arguments arguments, Element element) {
        Customer customer = CustomerState.getCustomer();
        ChallengeBoard board = null;
        if (customer != null && customer.isRegistered()) {
            board = challenges.boardOf(customer.getId());
        }
        addToModel(arguments, LoyaltyProcessorSupport.variableName(element, "loyaltyChallenges"), board);
    }
}
