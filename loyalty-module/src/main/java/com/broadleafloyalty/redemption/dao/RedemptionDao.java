package com.broadleafloyalty.redemption.dao;

import com.broadleafloyalty.redemption.domain.Redemption;

import java.util.Date;
import java.util.List;

/** The redemptions of carts and orders, of both kinds. */
public interface RedemptionDao {

    /** Every redemption of the order, whatever its kind and status, oldest first. */
    List<Redemption> readByOrder(Long orderId);

    Redemption readById(Long id);

    /** Re-reads the row from the database (another node may have changed it). */
    void refresh(Redemption redemption);

    Redemption save(Redemption redemption);

    /**
     * Points held by the customer's RESERVED redemptions, on every cart, except the POINTS redemption of
     * {@code exceptPointsOfOrderId} (whose amount the shopper is replacing); null excepts nothing.
     */
    long sumReserved(Long customerId, Long exceptPointsOfOrderId);

    /** RESERVED redemptions last touched before {@code before}, of both kinds. */
    List<Redemption> readReservedBefore(Date before, int limit);

    /**
     * Releases those of {@code candidates} still RESERVED in the database, in one conditional UPDATE: one consumed
     * meanwhile by a checkout on another node stays consumed. Returns how many were released; the candidates are
     * detached, so later reads see the rows as the database has them.
     */
    int releaseIfStillReserved(List<Redemption> candidates, Date now);
}
