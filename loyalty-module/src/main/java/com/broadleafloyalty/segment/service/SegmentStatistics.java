package com.broadleafloyalty.segment.service;

import com.broadleafloyalty.segment.core.ScoredCustomer;

import java.util.Date;
import java.util.List;

/** Segments for reporting (the analytics dashboard): as they stood at a past date, not as stored now. */
public interface SegmentStatistics {

    /**
     * Every registered customer with a submitted order before {@code at}, scored as a full run at {@code at} would
     * have scored them: cut points and recency from the orders before it, "today" being the day before {@code at}.
     */
    List<ScoredCustomer> scoredAt(Date at);
}
