package com.broadleafloyalty.feedback.service;

import com.broadleafloyalty.feedback.core.FeedbackScores;

import java.time.YearMonth;
import java.util.Date;
import java.util.SortedMap;

/** Feedback figures for reporting (the analytics dashboard). */
public interface FeedbackStatistics {

    /** NPS, CSAT and answer counts of each UTC calendar month with answers created in [from, to), oldest first. */
    SortedMap<YearMonth, FeedbackScores> monthly(Date from, Date to);
}
