package com.broadleafloyalty.segment.service;

import com.broadleafloyalty.segment.core.LifecycleRule;
import com.broadleafloyalty.segment.core.RfmScoring;
import com.broadleafloyalty.segment.core.ScoredCustomer;
import com.broadleafloyalty.segment.dao.CustomerSegmentDao;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

public class SegmentStatisticsImpl implements SegmentStatistics {

    @Resource(name = "blLoyaltyCustomerSegmentDao")
    protected CustomerSegmentDao dao;

    protected int returnWindowDays = 90;

    public void setReturnWindowDays(int returnWindowDays) {
        new LifecycleRule(returnWindowDays); // refuses a bad setting at start-up, with its reason
        this.returnWindowDays = returnWindowDays;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<ScoredCustomer> scoredAt(Date at) {
        long lastDay = Instant.ofEpochMilli(at.getTime() - 1).atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
        return new RfmScoring(new LifecycleRule(returnWindowDays))
                .scoreAll(dao.readOrderAggregatesBefore(at), lastDay).getCustomers();
    }
}
