package com.broadleafloyalty.redemption.service;

import com.broadleafloyalty.redemption.domain.RewardItem;
import com.broadleafloyalty.redemption.domain.RewardRedemption;
import org.broadleafcommerce.core.order.domain.Order;

import java.util.List;

/**
 * Reward catalog items redeemed in a cart. Redeeming reserves the item's points (like points applied to a cart): a
 * discount or free shipping is priced into the cart, a free product or gift is added to it at zero price. Checkout
 * debits the points and takes one unit of stock, exactly once; a failed checkout, removing the reward or an abandoned
 * cart releases the points. Refusals throw {@link com.broadleafloyalty.redemption.core.RedemptionRefusedException} with
 * a sentence for the shopper, and change nothing.
 */
public interface RewardRedemptionService {

    /** Cart line attribute naming the reward redemption a zero-priced line belongs to. */
    String LINE_ATTRIBUTE = "loyaltyRewardRedemption";

    /** The catalog a shopper can choose from: active items, cheapest first. */
    List<RewardItem> catalog();

    /** A new, unsaved catalog item (Broadleaf style: the admin saves through Broadleaf; seeds and services here). */
    RewardItem createItem();

    /** Creates or updates a catalog item. */
    RewardItem saveItem(RewardItem item);

    /** How many catalog items exist, active or not. */
    long countItems();

    /** Redeems the item ({@code rewardItemIdInput} as the form sent it) in the cart; returns the repriced cart. */
    Order redeem(Order cart, String rewardItemIdInput);

    /** Takes the reward out of the cart (its free line too) and frees its points; returns the repriced cart. */
    Order remove(Order cart, String rewardItemIdInput);

    /** The cart's RESERVED and CONSUMED reward redemptions. */
    List<RewardRedemption> redemptionsFor(Long orderId);

    /** Points reserved by reward redemptions of the customer on every cart. */
    long reservedPoints(Long customerId);

    /**
     * Checkout: debits the points of every reserved reward of the order and takes one unit of stock for each.
     * Refuses (IllegalStateException) a cart whose rewards are no longer reserved, or whose free line was changed.
     * Returns the redemption ids consumed now, for the rollback.
     */
    List<Long> consume(Order order);

    /** Checkout rolled back: the debits are undone, the stock given back, the reservations released. */
    void undoConsumption(List<Long> redemptionIds);

    /** Order cancelled: the points of its consumed rewards are given back (RESTORE) and their stock too, once. */
    long restoreForCancelledOrder(Order order, String actor);

    /** Releases reward reservations older than the configured timeout; returns how many. */
    int releaseAbandoned();
}
