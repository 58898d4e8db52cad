package com.broadleafloyalty.feedback.service;

import com.broadleafloyalty.feedback.core.FeedbackAnswer;
import com.broadleafloyalty.feedback.core.FeedbackScores;
import com.broadleafloyalty.feedback.dao.FeedbackStatisticsDao;
import org.springframework.transaction.annotation.Transactional;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.annotation.Resource;

public class FeedbackStatisticsImpl implements FeedbackStatistics {

    @Resource(name = "blLoyaltyFeedbackStatisticsDao")
    protected FeedbackStatisticsDao dao;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public SortedMap<YearMonth, FeedbackScores> monthly(Date from, Date to) {
        Map<YearMonth, List<FeedbackAnswer>> answers = new TreeMap<YearMonth, List<FeedbackAnswer>>();
        for (Object[] row : dao.readDatedScores(from, to)) {
            YearMonth month = YearMonth.from(((Date) row[0]).toInstant().atZone(ZoneOffset.UTC));
            List<FeedbackAnswer> inMonth = answers.get(month);
            if (inMonth == null) {
                inMonth = new ArrayList<FeedbackAnswer>();
                answers.put(month, inMonth);
            }
            inMonth.add(FeedbackAnswer.of(((Number) row[1]).intValue(), ((Number) row[2]).intValue(), null));
        }
        SortedMap<YearMonth, FeedbackScores> monthly = new TreeMap<YearMonth, FeedbackScores>();
        for (Map.Entry<YearMonth, List<FeedbackAnswer>> month : answers.entrySet()) {
            monthly.put(month.getKey(), FeedbackScores.of(month.getValue()));
        }
        return monthly;
    }
}
