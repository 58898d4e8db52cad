package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.ledger.core.EarningRule;
import org.broadleafcommerce.core.order.domain.Order;

import java.util.List;

/**
 * Earning rules that depend on who is buying (a tier's multiplier, say). Every Spring bean of this type is asked
 * for its rules when an order's points are previewed or awarded; they run with the site's rules, by priority.
 */
public interface CustomerEarningRules {

    /** Rules for this registered customer's order; an empty list when none apply. Never null. */
    List<EarningRule> rulesFor(Long customerId, Order order);
}
