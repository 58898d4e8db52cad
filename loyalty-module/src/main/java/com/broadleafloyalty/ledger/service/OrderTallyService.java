package com.broadleafloyalty.ledger.service;

import java.util.Date;
import java.util.List;

/** The order tallies kept on the loyalty accounts: read by the segments, corrected by their nightly run. */
public interface OrderTallyService {

    /** Every account's order tally with at least one order, by customer id. */
    List<OrderTally> readAll();

    /**
     * Sets a customer's tally to what their submitted orders say ({@code truth}; null: no order), unless the tally
     * counted an order placed after {@code runStart} (a checkout during the run; the next run corrects it). Creates
     * the account when the customer has orders but no account (orders placed before the module was installed).
     */
    void correct(Long customerId, OrderTally truth, Date runStart);
}
