package com.broadleafloyalty.account.dao;

import com.broadleafloyalty.account.domain.Referral;

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
}
