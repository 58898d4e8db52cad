package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.dao.LedgerStatisticsDao;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;

public class LedgerStatisticsImpl implements LedgerStatistics {

    @Resource(name = "blLoyaltyLedgerStatisticsDao")
    protected LedgerStatisticsDao dao;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Map<LocalDate, Map<PointsEntryType, Long>> pointsByDay(Date from, Date to) {
        return dao.sumByDayAndType(from, to);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long liabilityAt(Date at) {
        return dao.sumBefore(at);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long pendingAt(Date at) {
        return dao.pendingAt(at);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Set<Long> customersWhoRedeemedBefore(Date at) {
        return dao.customersWithRedemptionsBefore(at);
    }
}
