package com.broadleafloyalty.redemption.service;

import java.util.Date;
import java.util.List;

/** Redemption figures for reporting (the analytics dashboard). */
public interface RedemptionStatistics {

    /** Redemptions consumed in [from, to), per reward item, points discounts first, then by most redeemed. */
    List<RewardRedemptions> rewardsBetween(Date from, Date to);
}
