package com.broadleafloyalty.tier.dao;

import com.broadleafloyalty.tier.domain.CustomerTier;
import com.broadleafloyalty.tier.domain.Tier;
import com.broadleafloyalty.tier.domain.TierChange;

import java.util.Date;
import java.util.List;

public interface TierDao {

    List<Tier> readAllTiers();

    /** Deletes every tier, then saves these in its place. */
    void replaceTiers(List<Tier> tiers);

    /** By primary key: answered from the persistence context when the request already read it. Null when none. */
    CustomerTier readCustomerTier(Long customerId);

    CustomerTier createCustomerTier(Long customerId);

    TierChange createChange();

    void saveChange(TierChange change);

    /** The customer's change with that key, or null. */
    TierChange readChange(Long customerId, String changeKey);

    void deleteChange(TierChange change);

    /** Newest first. */
    List<TierChange> readChanges(Long customerId);


    /** The ids of the customer's submitted orders since {@code from}, oldest first: the orders whose spend counts. */
    List<Long> readSubmittedOrderIds(Long customerId, Date from);

    /** Registered customers with an id above {@code afterId}, ascending, at most {@code limit}. */
    List<Long> readRegisteredCustomerIds(Long afterId, int limit);
}
