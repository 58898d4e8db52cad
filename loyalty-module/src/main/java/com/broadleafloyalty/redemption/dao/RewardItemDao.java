package com.broadleafloyalty.redemption.dao;

import com.broadleafloyalty.redemption.domain.RewardItem;

import java.util.List;

/** The reward catalog and its stock. */
public interface RewardItemDao {

    RewardItem read(Long rewardItemId);

    /** Creates or updates a catalog item (the admin saves through Broadleaf; this is for services and seeds). */
    RewardItem save(RewardItem item);

    long count();

    /** Active items, cheapest first. */
    List<RewardItem> readActive();

    /**
     * Takes one unit of the item's stock in one conditional UPDATE (atomic across shop nodes): true when a unit was
     * taken, or when the item's stock is unlimited; false when it is sold out.
     */
    boolean takeOneUnit(Long rewardItemId);

    /** Gives one unit back (a rolled-back checkout or a cancelled order); nothing for unlimited stock. */
    void giveOneUnitBack(Long rewardItemId);
}
