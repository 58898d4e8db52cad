package com.broadleafloyalty.account;

import com.broadleafloyalty.account.service.RegistrationDetails;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.service.AddressService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

import java.util.concurrent.atomic.AtomicLong;

/** Registers customers the way the storefront does: through Broadleaf's registerCustomer, which fires the hook. */
public final class AccountFixture {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final CustomerService customers = LoyaltyTestContext.bean("blCustomerService", CustomerService.class);

    public Customer register(String firstName, RegistrationDetails details) {
        return registerWithEmail(firstName, firstName.toLowerCase() + SEQUENCE.incrementAndGet() + "-" + System.nanoTime()
                + "@example.com", details);
    }

    public Customer registerWithEmail(String firstName, String email, RegistrationDetails details) {
        ensureUserRole();
        return OpenEntityManager.call(() -> details.during(() -> {
            Customer customer = customers.createCustomer();
            customer.setUsername("user" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime());
            customer.setEmailAddress(email);
            customer.setFirstName(firstName);
            customer.setLastName("Tester");
            return customers.registerCustomer(customer, "secret123", "secret123");
        }));
    }

    /** Broadleaf's registerCustomer gives every new customer ROLE_USER; a site loads that row with its data. */
    private static synchronized void ensureUserRole() {
        org.springframework.transaction.PlatformTransactionManager tm = LoyaltyTestContext.bean("blTransactionManager",
                org.springframework.transaction.PlatformTransactionManager.class);
        javax.persistence.EntityManagerFactory emf = LoyaltyTestContext.bean("entityManagerFactory",
                javax.persistence.EntityManagerFactory.class);
        new org.springframework.transaction.support.TransactionTemplate(tm).execute(status -> {
            javax.persistence.EntityManager em = org.springframework.orm.jpa.EntityManagerFactoryUtils
                    .getTransactionalEntityManager(emf);
            if (em.createQuery("SELECT r FROM org.broadleafcommerce.profile.core.domain.RoleImpl r"
                    + " WHERE r.roleName = 'ROLE_USER'").getResultList().isEmpty()) {
                org.broadleafcommerce.profile.core.domain.RoleImpl role = new org.broadleafcommerce.profile.core.domain.RoleImpl();
                role.setRoleName("ROLE_USER");
                em.persist(role);
            }
            return null;
        });
    }

    /** Ships every fulfillment group of the cart to the address. */
    static Order shipTo(Order cart, String line1, String postalCode, String city) {
        AddressService addresses = LoyaltyTestContext.bean("blAddressService", AddressService.class);
        OrderService orders = LoyaltyTestContext.bean("blOrderService", OrderService.class);
        for (FulfillmentGroup group : cart.getFulfillmentGroups()) {
            Address address = addresses.create();
            address.setFirstName("Ship");
            address.setLastName("To");
            address.setAddressLine1(line1);
            address.setPostalCode(postalCode);
            address.setCity(city);
            group.setAddress(addresses.saveAddress(address));
        }
        try {
            return orders.save(cart, false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
