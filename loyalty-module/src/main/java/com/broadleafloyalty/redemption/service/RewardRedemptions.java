package com.broadleafloyalty.redemption.service;

import java.math.BigDecimal;

/**
 * What one reward catalog item (or, with no item, points paid as a discount) gave in a period: how many
 * redemptions, the points they took, and the money the points discounts took off orders (null for reward items,
 * whose value the catalog item gives).
 */
public final class RewardRedemptions {

    private final Long rewardItemId;
    private final String name;
    private final long redemptions;
    private final long points;
    private final BigDecimal discount;

    public RewardRedemptions(Long rewardItemId, String name, long redemptions, long points, BigDecimal discount) {
        this.rewardItemId = rewardItemId;
        this.name = name;
        this.redemptions = redemptions;
        this.points = points;
        this.discount = discount;
    }

    /** Null for points paid as a discount. */
    public Long getRewardItemId() {
        return rewardItemId;
    }

    /** The item's name; null for points paid as a discount (or an item deleted since). */
    public String getName() {
        return name;
    }

    public boolean isPointsDiscount() {
        return rewardItemId == null;
    }

    public long getRedemptions() {
        return redemptions;
    }

    public long getPoints() {
        return points;
    }

    public BigDecimal getDiscount() {
        return discount;
    }
}
