package com.broadleafloyalty.demo.seed;

import com.broadleafloyalty.account.service.RegistrationDetails;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
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

    /** The first demo shopper starts with a welcome bonus, so redeeming points can be tried at once. */
    public static final long WELCOME_POINTS = 500;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger pointsLedger;

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
                // Seed data, not a new sign-up: the loyalty hook creates the profile without the sign-up bonus.
                try {
                    RegistrationDetails.imported().during(() ->
                            customerService.registerCustomer(customer, shopper[1], shopper[1]));
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot register demo shopper " + shopper[0], e);
                }
                LOG.info("Registered demo shopper " + shopper[0]);
            }
        }
        Customer first = customerService.readCustomerByUsername(SHOPPERS[0][0]);
        // Keyed by the customer id: a restart finds the bonus and credits nothing twice.
        pointsLedger.credit(Posting.of(first.getId(), PointsEntryType.BONUS, WELCOME_POINTS,
                PointsLedgerEntry.SOURCE_ADMIN, first.getId()).reason("Welcome bonus (demo data)"));
    }
}
