package com.broadleafloyalty.redemption.dao;

import com.broadleafloyalty.redemption.domain.PointsRedemption;

import java.util.Date;
import java.util.List;

public interface PointsRedemptionDao {

    PointsRedemption readByOrder(Long orderId);

    PointsRedemption save(PointsRedemption redemption);

    /** Points held by the customer's RESERVED redemptions on orders other than {@code exceptOrderId}. */
    long sumReserved(Long customerId, Long exceptOrderId);

    /** RESERVED redemptions last touched before {@code before}. */
    List<PointsRedemption> readReservedBefore(Date before, int limit);
}
