package com.broadleafloyalty.demo.seed;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

import javax.annotation.Resource;

/**
 * Registers the demo shoppers through Broadleaf's own registration service (so passwords are encoded the way the
 * site encodes them) when they do not exist yet: the first start seeds them, later starts find them and do nothing.
 */
public class DemoCustomers implements ApplicationListener<ContextRefreshedEvent> {

    private static final Log LOG = LogFactory.getLog(DemoCustomers.class);

    public static final String[][] SHOPPERS = {
        {"demo@example.com", "demo1234", "Dana", "Demo"},
        {"alice@example.com", "alice1234", "Alice", "Archer"}
    };

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (event.getApplicationContext().getParent() != null) {
            return;
        }
        for (String[] shopper : SHOPPERS) {
            if (customerService.readCustomerByUsername(shopper[0]) == null) {
                Customer customer = customerService.createCustomerFromId(null);
                customer.setUsername(shopper[0]);
                customer.setEmailAddress(shopper[0]);
                customer.setFirstName(shopper[2]);
                customer.setLastName(shopper[3]);
                customerService.registerCustomer(customer, shopper[1], shopper[1]);
                LOG.info("Registered demo shopper " + shopper[0]);
            }
        }
    }
}
