package com.broadleafloyalty.tier.service;

import java.util.Date;
import java.util.List;
import java.util.Map;

/** Tier figures for reporting (the analytics dashboard), read from the tier history. */
public interface TierStatistics {

    /** The tier each customer with a tier history was in at {@code at} (null: in no tier). */
    Map<Long, String> tiersAt(Date at);

    /** The tier changes made in [from, to), counted by (from tier, to tier). */
    List<TierMoveCount> movesBetween(Date from, Date to);
}
