package com.broadleafloyalty.ledger.core;

import java.math.BigDecimal;

/**
 * The documented limits on what an admin or shopper may type, in one place so every door enforces the same ones.
 * The defaults are generous for a shop and far from any overflow; a merchant changes them with the
 * {@code loyalty.limit.*} properties. Text lengths are those of the columns and are not configurable.
 */
public final class InputLimits {

    /** Characters of an adjustment reason: the width of LOY_POINTS_LEDGER.REASON. */
    public static final int REASON_LENGTH = 500;
    /** Characters of a reward item description: the width of its DESCRIPTION column. */
    public static final int DESCRIPTION_LENGTH = 2000;
    /** Decimals of a reward value (an amount of money or a percentage). */
    public static final int VALUE_DECIMALS = 2;

    private long adjustmentPoints = 1_000_000L;
    private long rewardPointsCost = 1_000_000L;
    private BigDecimal rewardValue = new BigDecimal("10000.00");
    private long rewardStock = 1_000_000L;

    /** The defaults: 1,000,000 points per adjustment and per reward, 10,000.00 off, a stock of 1,000,000. */
    public static InputLimits defaults() {
        return new InputLimits();
    }

    public PointsAmount adjustment() {
        return PointsAmount.adjustment(adjustmentPoints);
    }

    public PointsAmount rewardCost() {
        return PointsAmount.positive(rewardPointsCost);
    }

    public PointsAmount rewardStock() {
        return PointsAmount.zeroOrMore(rewardStock);
    }

    public DecimalAmount rewardValue() {
        return new DecimalAmount(VALUE_DECIMALS, rewardValue);
    }

    public long getAdjustmentPoints() {
        return adjustmentPoints;
    }

    public void setAdjustmentPoints(long adjustmentPoints) {
        this.adjustmentPoints = atLeastOne(adjustmentPoints);
    }

    public long getRewardPointsCost() {
        return rewardPointsCost;
    }

    public void setRewardPointsCost(long rewardPointsCost) {
        this.rewardPointsCost = atLeastOne(rewardPointsCost);
    }

    public BigDecimal getRewardValue() {
        return rewardValue;
    }

    /** At most 14 digits before the point, so the value fits REWARD_VALUE DECIMAL(19,5). */
    public void setRewardValue(BigDecimal rewardValue) {
        if (rewardValue == null || rewardValue.signum() <= 0 || rewardValue.compareTo(new BigDecimal("1e14")) >= 0) {
            throw new IllegalArgumentException("loyalty.limit.reward.value must be above 0 and below 10^14");
        }
        this.rewardValue = rewardValue;
    }

    public long getRewardStock() {
        return rewardStock;
    }

    /** The STOCK column is an INTEGER. */
    public void setRewardStock(long rewardStock) {
        if (rewardStock > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("loyalty.limit.reward.stock must be at most " + Integer.MAX_VALUE);
        }
        this.rewardStock = atLeastOne(rewardStock);
    }

    private static long atLeastOne(long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A limit must be at least 1, not " + limit);
        }
        return limit;
    }
}
