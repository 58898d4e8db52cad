package com.broadleafloyalty.tier.service;

import com.broadleafloyalty.tier.dao.TierStatisticsDao;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

public class TierStatisticsImpl implements TierStatistics {

    @Resource(name = "blLoyaltyTierStatisticsDao")
    protected TierStatisticsDao dao;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Map<Long, String> tiersAt(Date at) {
        return dao.readTiersAt(at);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<TierMoveCount> movesBetween(Date from, Date to) {
        List<TierMoveCount> moves = new ArrayList<TierMoveCount>();
        for (Object[] row : dao.countChanges(from, to)) {
            moves.add(new TierMoveCount((String) row[0], (String) row[1], ((Number) row[2]).longValue()));
        }
        return moves;
    }
}
