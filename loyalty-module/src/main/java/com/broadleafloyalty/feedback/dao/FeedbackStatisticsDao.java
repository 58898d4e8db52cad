package com.broadleafloyalty.feedback.dao;

import java.util.Date;
import java.util.List;

/** Reads of the answers for reporting. */
public interface FeedbackStatisticsDao {

    /** (created date, NPS, CSAT) of the answers created in [from, to): three columns, no comments. */
    List<Object[]> readDatedScores(Date from, Date to);
}
