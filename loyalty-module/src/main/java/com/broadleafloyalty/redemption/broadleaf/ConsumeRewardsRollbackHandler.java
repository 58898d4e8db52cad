package com.broadleafloyalty.redemption.broadleaf;

import com.broadleafloyalty.redemption.service.RewardRedemptionService;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.RollbackFailureException;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;

import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/** A checkout that failed after the rewards were consumed gets their points and stock back; the rewards are released. */
public class ConsumeRewardsRollbackHandler implements RollbackHandler<CheckoutSeed> {

    @Resource(name = "blLoyaltyRewardRedemptionService")
    protected RewardRedemptionService rewardService;

    @Override
    @SuppressWarnings("unchecked")
    public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity,
            ProcessContext<CheckoutSeed> processContext, Map<String, Object> state) throws RollbackFailureException {
        rewardService.undoConsumption((List<Long>) state.get(ConsumeRewardsActivity.REDEMPTION_IDS));
    }
}
