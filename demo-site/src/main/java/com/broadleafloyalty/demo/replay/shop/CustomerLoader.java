package com.broadleafloyalty.demo.replay.shop;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Registers the history's customers as Broadleaf customers (registered, so their orders earn points), a request per
 * batch. CustomerID 12346 becomes {@code customer-12346@replay.invalid}; Broadleaf assigns the customer id.
 */
public final class CustomerLoader {

    private static final int BATCH = 200;

    private final CustomerService customerService;
    private final RequestScope scope;

    public CustomerLoader(CustomerService customerService, RequestScope scope) {
        this.customerService = customerService;
        this.scope = scope;
    }

    /** Broadleaf customer ids by CustomerID. */
    public Map<String, Long> register(Collection<String> customerIds) throws Exception {
        Map<String, Long> ids = new HashMap<String, Long>();
        List<String> all = new ArrayList<String>(customerIds);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            scope.callInOneTransaction(() -> {
                for (String customerId : batch) {
                    ids.put(customerId, registered(customerId).getId());
                }
                return null;
            });
        }
        return ids;
    }

    private Customer registered(String customerId) {
        Customer customer = customerService.createCustomer();
        customer.setUsername("customer-" + customerId + "@replay.invalid");
        customer.setEmailAddress(customer.getUsername());
        customer.setFirstName("Customer");
        customer.setLastName(customerId);
        customer.setRegistered(true);
        return customerService.saveCustomer(customer);
    }
}
