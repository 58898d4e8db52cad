package com.broadleafloyalty.redemption.service;

import org.broadleafcommerce.core.offer.domain.OrderAdjustment;

/**
 * The Broadleaf offer every reward adjustment refers to: one order adjustment per reward in the cart (the discount,
 * or 0.00 for free shipping and free products, so the cart lists every reward and checkout can tell, without a query,
 * that the order carries rewards). Never applied by Broadleaf's offer engine.
 */
public class RewardOffer extends RedemptionOffer {

    public static final String NAME = "Loyalty reward";

    /** Reason of the adjustment that stands for free shipping, which the shipping activity looks for. */
    public static final String FREE_SHIPPING_REASON = "Free shipping (loyalty reward)";

    @Override
    protected String name() {
        return NAME;
    }

    @Override
    protected String description() {
        return "Reward catalog item redeemed with loyalty points";
    }

    public static boolean isReward(OrderAdjustment adjustment) {
        return adjustment.getOffer() != null && NAME.equals(adjustment.getOffer().getName());
    }

    public static boolean isFreeShipping(OrderAdjustment adjustment) {
        return isReward(adjustment) && FREE_SHIPPING_REASON.equals(adjustment.getReason());
    }
}
