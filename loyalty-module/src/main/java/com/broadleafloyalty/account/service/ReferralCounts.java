package com.broadleafloyalty.account.service;

import com.broadleafloyalty.account.core.ReferralRefusal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Referrals of a period: codes used, referrals rewarded, and refusals by reason. */
public final class ReferralCounts {

    private final long codesUsed;
    private final long rewarded;
    private final Map<ReferralRefusal, Long> refused;

    public ReferralCounts(long codesUsed, long rewarded, Map<ReferralRefusal, Long> refused) {
        this.codesUsed = codesUsed;
        this.rewarded = rewarded;
        EnumMap<ReferralRefusal, Long> copy = new EnumMap<ReferralRefusal, Long>(ReferralRefusal.class);
        copy.putAll(refused);
        this.refused = Collections.unmodifiableMap(copy);
    }

    /** Referral codes entered (and recorded: they named a real referrer) in the period. */
    public long getCodesUsed() {
        return codesUsed;
    }

    /** Referrals whose both rewards were credited in the period. */
    public long getRewarded() {
        return rewarded;
    }

    /** Referrals refused in the period, by reason. */
    public Map<ReferralRefusal, Long> getRefused() {
        return refused;
    }

    public long getRefusedTotal() {
        long total = 0;
        for (Long count : refused.values()) {
            total += count;
        }
        return total;
    }
}
