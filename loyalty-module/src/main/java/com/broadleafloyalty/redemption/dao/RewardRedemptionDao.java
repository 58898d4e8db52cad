package com.broadleafloyalty.redemption.dao;

import com.broadleafloyalty.redemption.domain.RewardItem;
import com.broadleafloyalty.redemption.domain.RewardRedemption;

import java.util.Date;
import java.util.List;

public interface RewardRedemptionDao {

    RewardItem readItem(Long rewardItemId);

    /** Creates or updates a catalog item (the admin saves through Broadleaf; this is for services and seeds). */
    RewardItem saveItem(RewardItem item);

    long countItems();

    /** Active items, cheapest first. */
    List<RewardItem> readActiveItems();

    /** Every redemption row of the order, whatever its status. */
    List<RewardRedemption> readByOrder(Long orderId);

    RewardRedemption read(Long orderId, Long rewardItemId);

    RewardRedemption readById(Long id);

    /** Re-reads the row from the database (another node may have changed it). */
    void refresh(RewardRedemption redemption);

    RewardRedemption save(RewardRedemption redemption);

    /** Points reserved by RESERVED reward redemptions of the customer, on every cart. */
    long sumReserved(Long customerId);

    List<RewardRedemption> readReservedBefore(Date before, int limit);

    /**
     * Takes one unit of the item's stock in one conditional UPDATE (atomic across shop nodes): true when a unit was
     * taken, or when the item's stock is unlimited; false when it is sold out.
     */
    boolean takeOneUnit(Long rewardItemId);

    /** Gives one unit back (a rolled-back checkout or a cancelled order); nothing for unlimited stock. */
    void giveOneUnitBack(Long rewardItemId);
}
