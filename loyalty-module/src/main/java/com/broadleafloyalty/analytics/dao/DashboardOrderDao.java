package com.broadleafloyalty.analytics.dao;

import com.broadleafloyalty.analytics.core.OrderFact;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** The dashboard's reads of Broadleaf's orders: scalar rows and grouped sums, never order entities. */
public interface DashboardOrderDao {

    /** Every order submitted in [from, to): customer (null for a guest), submit time, merchandise after discounts. */
    List<OrderFact> submittedOrders(Date from, Date to);

    /** Each registered customer's first submitted order before {@code before}. */
    Map<Long, Instant> firstOrders(Date before);
}
