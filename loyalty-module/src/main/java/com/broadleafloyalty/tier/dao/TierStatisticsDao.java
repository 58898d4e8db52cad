package com.broadleafloyalty.tier.dao;

import java.util.Date;
import java.util.List;
import java.util.Map;

/** Aggregate reads of the tier history for reporting. */
public interface TierStatisticsDao {

    /** Each customer's tier after their last change before {@code at} (null value: no tier). */
    Map<Long, String> readTiersAt(Date at);

    /** Changes made in [from, to) as rows (from tier, to tier, count); a null tier is "no tier". */
    List<Object[]> countChanges(Date from, Date to);
}
