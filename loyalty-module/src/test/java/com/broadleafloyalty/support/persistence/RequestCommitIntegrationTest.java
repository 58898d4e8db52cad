package com.broadleafloyalty.support.persistence;

import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work registered for the request's next commit runs inside the next transaction that commits on the request's
 * EntityManager, whatever that transaction is; a failure of the work is undone alone, and the transaction's own
 * changes still commit. Tagged {@code postgresql}: run on PostgreSQL too, where a failed statement aborts the whole
 * transaction unless it is rolled back to the savepoint.
 */
@Tag("postgresql")
class RequestCommitIntegrationTest {

    private static final ShopFixture SHOP = new ShopFixture();

    private final EntityManagerFactory emf = LoyaltyTestContext.bean("entityManagerFactory", EntityManagerFactory.class);
    private final CustomerService customers = LoyaltyTestContext.bean("blCustomerService", CustomerService.class);
    private final TransactionTemplate transaction = new TransactionTemplate(
            LoyaltyTestContext.bean("blTransactionManager", PlatformTransactionManager.class));

    @Test
    void shouldWriteInTheNextCommitOfTheRequest() {
        Customer customer = OpenEntityManager.call(SHOP::registeredCustomer);
        RecordingWork work = new RecordingWork(customer.getId(), "Written", false);

        OpenEntityManager.call(() -> {
            RequestCommit.register(emf, work);
            assertThat(work.events).as("before any commit").isEmpty();
            rename(customer.getId(), "Carried");
            return null;
        });

        assertThat(work.events).containsExactly("write", "committed");
        assertThat(names(customer.getId())).containsExactly("Carried", "Written");
    }

    @Test
    void shouldUndoFailedWorkAloneAndCommitTheTransactionsOwnChanges() {
        Customer customer = OpenEntityManager.call(SHOP::registeredCustomer);
        String lastName = customer.getLastName();
        RecordingWork work = new RecordingWork(customer.getId(), "Never", true);

        OpenEntityManager.call(() -> {
            RequestCommit.register(emf, work);
            rename(customer.getId(), "Kept");
            return null;
        });

        assertThat(work.events).containsExactly("write", "failed", "committed");
        assertThat(names(customer.getId())).containsExactly("Kept", lastName);
    }

    @Test
    void shouldWaitForACommitWhenTheRequestsNextTransactionRollsBack() {
        Customer customer = OpenEntityManager.call(SHOP::registeredCustomer);
        RecordingWork work = new RecordingWork(customer.getId(), "Later", false);

        OpenEntityManager.call(() -> {
            RequestCommit.register(emf, work);
            transaction.execute(status -> {
                status.setRollbackOnly();
                return null;
            });
            assertThat(work.events).as("after a rolled-back transaction").isEmpty();
            rename(customer.getId(), "Then");
            return null;
        });

        assertThat(work.events).containsExactly("write", "committed");
        assertThat(names(customer.getId())).containsExactly("Then", "Later");
    }

    @Test
    void shouldOnlyBeAvailableBetweenTheTransactionsOfARequest() {
        assertThat(RequestCommit.isAvailable(emf)).as("no request").isFalse();
        Boolean inRequest = OpenEntityManager.call(() -> RequestCommit.isAvailable(emf));
        assertThat(inRequest).as("in a request").isTrue();
        Boolean insideTransaction = OpenEntityManager.call(
                () -> transaction.execute(status -> RequestCommit.isAvailable(emf)));
        assertThat(insideTransaction).as("inside a transaction of the request").isFalse();
    }

    private void rename(Long customerId, String firstName) {
        transaction.execute(status -> {
            Customer customer = customers.readCustomerById(customerId);
            customer.setFirstName(firstName);
            return customers.saveCustomer(customer);
        });
    }

    private List<String> names(Long customerId) {
        return OpenEntityManager.call(() -> transaction.execute(status -> {
            Object[] row = (Object[]) requestEntityManager().createNativeQuery(
                    "SELECT FIRST_NAME, LAST_NAME FROM BLC_CUSTOMER WHERE CUSTOMER_ID = " + customerId)
                    .getSingleResult();
            List<String> names = new ArrayList<String>();
            names.add((String) row[0]);
            names.add((String) row[1]);
            return names;
        }));
    }

    private EntityManager requestEntityManager() {
        return ((EntityManagerHolder) TransactionSynchronizationManager.getResource(emf)).getEntityManager();
    }

    /** Sets the customer's last name in SQL, then throws when asked to; records what it was told. */
    private final class RecordingWork implements RequestCommit.Work {

        final List<String> events = new ArrayList<String>();
        private final Long customerId;
        private final String lastName;
        private final boolean fail;

        RecordingWork(Long customerId, String lastName, boolean fail) {
            this.customerId = customerId;
            this.lastName = lastName;
            this.fail = fail;
        }

        @Override
        public void write() {
            events.add("write");
            requestEntityManager().createNativeQuery("UPDATE BLC_CUSTOMER SET LAST_NAME = '" + lastName
                    + "' WHERE CUSTOMER_ID = " + customerId).executeUpdate();
            if (fail) {
                throw new IllegalStateException("Simulated failure after writing");
            }
        }

        @Override
        public void failed(RuntimeException error) {
            events.add("failed");
        }

        @Override
        public void committed() {
            events.add("committed");
        }

        @Override
        public void rolledBack() {
            events.add("rolledBack");
        }
    }
}
