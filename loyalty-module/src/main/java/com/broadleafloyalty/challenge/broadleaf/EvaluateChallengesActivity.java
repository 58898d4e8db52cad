package com.broadleafloyalty.challenge.broadleaf;

import com.broadleafloyalty.challenge.service.ChallengeService;
import com.broadleafloyalty.challenge.service.PendingGrants;
import com.broadleafloyalty.support.config.LoyaltySwitch;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.ActivityStateManagerImpl;

import java.util.HashMap;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Checkout activity after the award and the tier (6120): the challenges the order completes grant their badge and
 * bonus. While no challenge an order can move is open it reads nothing. A failure here is logged, never fails the
 * order (the nightly job grants what was missed); a later activity's failure takes the grants back.
 */
public class EvaluateChallengesActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    static final String GRANTS = "loyaltyChallengeGrants";

    private static final Log LOG = LogFactory.getLog(EvaluateChallengesActivity.class);

    @Resource(name = "blLoyaltyChallengeService")
    protected ChallengeService challenges;

    @Resource(name = "blLoyaltySwitch")
    protected LoyaltySwitch loyaltySwitch;

    @Override
    public boolean shouldExecute(ProcessContext<CheckoutSeed> context) {
        return loyaltySwitch.isEnabled();
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        try {
            PendingGrants grants = challenges.evaluateAtCheckout(order);
            if (grants != PendingGrants.NOTHING) {
                Map<String, Object> state = new HashMap<String, Object>();
                state.put(GRANTS, grants);
                ActivityStateManagerImpl.getStateManager().registerState(this, context, getRollbackHandler(), state);
            }
        } catch (RuntimeException e) {
            LOG.error("Challenges after order " + order.getId() + " failed; the nightly job catches up", e);
        }
        return context;
    }
}
