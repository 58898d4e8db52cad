package com.broadleafloyalty.support.security;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

import javax.annotation.Resource;

/** A shopper's password stored again through Broadleaf's customer service, which encodes it with blPasswordEncoder. */
public class CustomerPasswordRehash implements PasswordRehash {

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Override
    public void rehash(String username, String rawPassword) {
        Customer customer = customerService.readCustomerByUsername(username);
        if (customer != null) {
            customer.setUnencodedPassword(rawPassword);
            customerService.saveCustomer(customer, false);
        }
    }
}
