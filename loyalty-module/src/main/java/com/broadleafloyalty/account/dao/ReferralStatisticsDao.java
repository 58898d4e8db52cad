package com.broadleafloyalty.account.dao;

import java.util.Date;
import java.util.List;

/** Aggregate reads of the referrals for reporting. */
public interface ReferralStatisticsDao {

    /** Referrals recorded in [from, to): codes entered that named a real referrer. */
    long countRecorded(Date from, Date to);

    /** Rows (status, refusal reason or null, count) of the referrals decided in [from, to). */
    List<Object[]> countDecided(Date from, Date to);
}
