package com.broadleafloyalty.redemption.dao;

import java.util.Date;
import java.util.List;

/** Aggregate reads of the redemptions for reporting. */
public interface RedemptionStatisticsDao {

    /**
     * Redemptions consumed at a checkout in [from, to) and not given back since, as rows (reward item id or null for
     * points paid as a discount, item name or null, count, points, money amount or null).
     */
    List<Object[]> countConsumed(Date from, Date to);
}
