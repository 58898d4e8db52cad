package com.broadleafloyalty.redemption.service;

import com.broadleafloyalty.redemption.domain.Redemption;
import com.broadleafloyalty.redemption.domain.RewardItem;
import org.broadleafcommerce.core.order.domain.Order;

import java.util.List;

/**
 * Points and reward catalog items redeemed in a cart: one machine for both kinds. Redeeming reserves the points (they
 * cannot be used twice): points become a discount, a reward a discount, free shipping or a product at zero price.
 * Checkout consumes every reservation of the order exactly once (debits the points, takes reward stock); removing,
 * a failed checkout or an abandoned cart releases them. Refusals throw
 * {@link com.broadleafloyalty.redemption.core.RedemptionRefusedException} with a sentence for the shopper, and change
 * nothing.
 */
public interface RedemptionService {

    /** Applies {@code pointsInput} (as typed), replacing any earlier amount; returns the repriced cart. */
    Order applyPoints(Order cart, String pointsInput);

    /** Takes the cart's points off (they are free again); returns the repriced cart. */
    Order removePoints(Order cart);

    /** Redeems the item ({@code rewardItemIdInput} as the form sent it) in the cart; returns the repriced cart. */
    Order redeemReward(Order cart, String rewardItemIdInput);

    /** Takes the reward out of the cart (its free line too) and frees its points; returns the repriced cart. */
    Order removeReward(Order cart, String rewardItemIdInput);

    /**
     * What the shop gave back from this cart since the shopper last saw it (released by the abandoned-cart timeout or
     * by a failed checkout, not by the shopper): the points, now back on the balance, and the rewards, whose free lines
     * are taken out of the cart (repriced then). Each is told once. A cart page calls it before it renders.
     */
    ReturnedPoints tellReturned(Order cart);

    /** The order's RESERVED and CONSUMED redemptions of both kinds, oldest first. */
    List<Redemption> redemptionsFor(Long orderId);

    /** The order's RESERVED or CONSUMED points redemption, or null. */
    Redemption pointsRedemptionFor(Long orderId);

    /** Points the shopper can still redeem in this cart (available minus every reservation but this cart's points). */
    long availableFor(Order cart);

    /**
     * Pricing: the adjustments the order's live redemptions give, in order: each reward on the merchandise the ones
     * before it left, then the points on what is left. A points reservation larger than what the cart is now worth
     * is shrunk to fit, and a reward whose free line left the cart is released. Runs in the pricing's transaction.
     */
    List<RedemptionDiscount> discountsFor(Order order);

    /** Pricing, after Broadleaf's shipping offers: whether the order carries a free-shipping reward (no query). */
    boolean shipsFree(Order order);

    /**
     * Checkout: consumes every reserved redemption of the order: debits its points and takes one unit of reward
     * stock, exactly once. Refuses (IllegalStateException) an order carrying a discount or free line whose redemption
     * is no longer reserved. Returns the ids of the redemptions consumed now, for the rollback.
     */
    List<Long> consume(Order order);

    /** Checkout rolled back: the debits are undone, the stock given back, the redemptions released. */
    void undoConsumption(List<Long> redemptionIds);

    /** Order cancelled: the points it redeemed are given back (RESTORE), reward stock too, once. Returns the points. */
    long restoreForCancelledOrder(Order order, String actor);

    /** Releases reservations older than the configured timeout; returns how many. */
    int releaseAbandoned();

    /** The reward catalog a shopper can choose from: active items, cheapest first. */
    List<RewardItem> catalog();

    /** A new, unsaved catalog item (Broadleaf style: the admin saves through Broadleaf; seeds and services here). */
    RewardItem createItem();

    /** Creates or updates a catalog item. */
    RewardItem saveItem(RewardItem item);

    /** How many catalog items exist, active or not. */
    long countItems();
}
