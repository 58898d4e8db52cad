package com.broadleafloyalty.account.dao;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Address;

import java.util.Date;
import java.util.List;

/** What the account features need to know about a customer's Broadleaf orders. */
public interface CustomerOrdersDao {

    /** True when the customer has submitted any order (cancelled ones included). */
    boolean hasOrdered(Long customerId);

    /** The customer's earliest submitted order that is not cancelled, or null. */
    Order readFirstOrder(Long customerId);

    /** The date of the customer's latest submitted (not cancelled) order, or null. */
    Date readLastPurchaseDate(Long customerId);

    /** The shipping addresses of the order's fulfillment groups. */
    List<Address> readShippingAddresses(Long orderId);

    /** Every shipping address of the customer's submitted orders (cancelled ones included). */
    List<Address> readShippingAddressesOfCustomer(Long customerId);
}
