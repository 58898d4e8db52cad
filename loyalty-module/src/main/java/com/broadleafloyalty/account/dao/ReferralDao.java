package com.broadleafloyalty.account.dao;

import com.broadleafloyalty.account.domain.Referral;

import java.util.Date;
import java.util.List;

public interface ReferralDao {

    Referral create();

    /** Persists and flushes a new referral (a second one for the same referee fails here), or merges. */
    Referral save(Referral referral);

    Referral readById(Long id);

    Referral readByReferee(Long refereeCustomerId);

    /** The referrals a customer made, newest first. */
    List<Referral> readByReferrer(Long referrerCustomerId);

    /** Pending referrals, oldest first, after the given id (paging by id). */
    List<Referral> readPending(Long afterId, int limit);

    /** When each friend the customer referred (referral not refused) placed their first submitted order. */
    List<Date> readFriendsFirstOrders(Long referrerCustomerId);

    /** The referrers (referral not refused) whose friends submitted an order since {@code from}. */
    List<Long> readReferrersWithFriendOrdersSince(Date from);
}
