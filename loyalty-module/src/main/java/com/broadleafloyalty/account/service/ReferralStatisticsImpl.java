package com.broadleafloyalty.account.service;

import com.broadleafloyalty.account.core.ReferralRefusal;
import com.broadleafloyalty.account.dao.ReferralStatisticsDao;
import com.broadleafloyalty.account.domain.ReferralStatus;
import org.springframework.transaction.annotation.Transactional;

import java.util.Date;
import java.util.EnumMap;
import java.util.Map;

import javax.annotation.Resource;

public class ReferralStatisticsImpl implements ReferralStatistics {

    @Resource(name = "blLoyaltyReferralStatisticsDao")
    protected ReferralStatisticsDao dao;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public ReferralCounts countsBetween(Date from, Date to) {
        long rewarded = 0;
        Map<ReferralRefusal, Long> refused = new EnumMap<ReferralRefusal, Long>(ReferralRefusal.class);
        for (Object[] row : dao.countDecided(from, to)) {
            long count = ((Number) row[2]).longValue();
            if (row[0] == ReferralStatus.REWARDED) {
                rewarded += count;
            } else if (row[1] != null) {
                ReferralRefusal reason = (ReferralRefusal) row[1];
                refused.put(reason, (refused.containsKey(reason) ? refused.get(reason) : 0L) + count);
            }
        }
        return new ReferralCounts(dao.countRecorded(from, to), rewarded, refused);
    }
}
