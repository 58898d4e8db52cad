package com.broadleafloyalty.account.service;

import java.util.Date;

/** Referral figures for reporting (the analytics dashboard). */
public interface ReferralStatistics {

    /** Codes used, rewarded and refused (by reason) in [from, to). */
    ReferralCounts countsBetween(Date from, Date to);
}
