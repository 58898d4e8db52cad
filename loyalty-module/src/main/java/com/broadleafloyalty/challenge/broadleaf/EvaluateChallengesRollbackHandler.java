package com.broadleafloyalty.challenge.broadleaf;

import com.broadleafloyalty.challenge.service.ChallengeService;
import com.broadleafloyalty.challenge.service.PendingGrants;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.RollbackFailureException;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;

import java.util.Map;

import javax.annotation.Resource;

/** Takes back the badges and bonuses {@link EvaluateChallengesActivity} granted when a later activity fails. */
public class EvaluateChallengesRollbackHandler implements RollbackHandler<CheckoutSeed> {

    @Resource(name = "blLoyaltyChallengeService")
    protected ChallengeService challenges;

    @Override
    public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity,
            ProcessContext<CheckoutSeed> processContext, Map<String, Object> state) throws RollbackFailureException {
        PendingGrants grants = (PendingGrants) state.get(EvaluateChallengesActivity.GRANTS);
        if (grants != null) {
            challenges.undo(grants);
        }
    }
}
