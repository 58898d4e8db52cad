package com.broadleafloyalty.redemption.service;

import com.broadleafloyalty.redemption.dao.RedemptionDao;
import com.broadleafloyalty.redemption.domain.Redemption;
import com.broadleafloyalty.redemption.domain.RedemptionStatus;
import org.broadleafcommerce.common.time.SystemTime;

/**
 * The one lifecycle of every redemption, whatever its kind: RESERVED in a cart, then CONSUMED by its checkout or
 * RELEASED (removed, abandoned, or its checkout failed). Released redemptions are reserved again when the shopper
 * redeems the same in the same cart.
 */
final class RedemptionLifecycle {

    private RedemptionLifecycle() {
    }

    /** RESERVED to RELEASED; anything else stays as it is. */
    static void release(RedemptionDao redemptions, Redemption redemption) {
        if (redemption != null && redemption.getStatus() == RedemptionStatus.RESERVED) {
            moveTo(redemptions, redemption, RedemptionStatus.RELEASED);
        }
    }

    /** RESERVED to CONSUMED, once its points are debited. */
    static void consume(RedemptionDao redemptions, Redemption redemption) {
        moveTo(redemptions, redemption, RedemptionStatus.CONSUMED);
    }

    /**
     * A consumption rolled back with its checkout: the redemption is released, as if checkout never ran, and the cart
     * tells the shopper their points are back.
     */
    static void undoConsumption(RedemptionDao redemptions, Redemption redemption) {
        redemption.setReturnUntold(true);
        moveTo(redemptions, redemption, RedemptionStatus.RELEASED);
    }

    /** The shopper has been told: the cart says it once. */
    static void told(RedemptionDao redemptions, Redemption redemption) {
        redemption.setReturnUntold(false);
        redemptions.save(redemption);
    }

    private static void moveTo(RedemptionDao redemptions, Redemption redemption, RedemptionStatus status) {
        redemption.setStatus(status);
        redemption.setUpdatedDate(SystemTime.asDate());
        redemptions.save(redemption);
    }
}
