package com.broadleafloyalty.redemption.service;

import com.broadleafloyalty.redemption.dao.RedemptionStatisticsDao;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

public class RedemptionStatisticsImpl implements RedemptionStatistics {

    @Resource(name = "blLoyaltyRedemptionStatisticsDao")
    protected RedemptionStatisticsDao dao;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<RewardRedemptions> rewardsBetween(Date from, Date to) {
        List<RewardRedemptions> rewards = new ArrayList<RewardRedemptions>();
        for (Object[] row : dao.countConsumed(from, to)) {
            rewards.add(new RewardRedemptions(row[0] == null ? null : ((Number) row[0]).longValue(), (String) row[1],
                    ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), decimal(row[4])));
        }
        Collections.sort(rewards, new Comparator<RewardRedemptions>() {
            @Override
            public int compare(RewardRedemptions a, RewardRedemptions b) {
                if (a.isPointsDiscount() != b.isPointsDiscount()) {
                    return a.isPointsDiscount() ? -1 : 1;
                }
                return Long.compare(b.getRedemptions(), a.getRedemptions());
            }
        });
        return rewards;
    }

    private static BigDecimal decimal(Object value) {
        return value == null || value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(value.toString());
    }
}
