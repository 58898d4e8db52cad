package com.broadleafloyalty.ledger.dao;

import com.broadleafloyalty.ledger.domain.LoyaltyAccount;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import javax.annotation.Resource;

/**
 * Locks a customer's account row for the current transaction, creating the account first when it does not exist.
 * Creation runs in its own transaction: when two nodes create the same account at once, the unique key on
 * CUSTOMER_ID lets one win and the other simply reads it.
 */
public class AccountLocks {

    private static final Log LOG = LogFactory.getLog(AccountLocks.class);

    @Resource(name = "blLoyaltyAccountDao")
    protected LoyaltyAccountDao accounts;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /** Must be called inside a transaction; the lock is held until it ends. */
    public LoyaltyAccount lock(final Long customerId) {
        LoyaltyAccount account = accounts.readAccountForUpdate(customerId);
        if (account != null) {
            return account;
        }
        create(customerId);
        account = accounts.readAccountForUpdate(customerId);
        if (account == null) {
            throw new IllegalStateException("Could not create the loyalty account of customer " + customerId);
        }
        return account;
    }

    /**
     * Creates the customer's account in a transaction of its own; call it when the account was just found missing.
     * When another thread or node creates it at the same moment, the unique key on CUSTOMER_ID lets one win and the
     * other's insert fails here (logged by Hibernate, then ignored): it carries on with that account.
     */
    public void create(final Long customerId) {
        TransactionTemplate separate = new TransactionTemplate(transactionManager);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        try {
            separate.execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    accounts.createAccount(customerId);
                }
            });
        } catch (RuntimeException e) {
            LOG.debug("Account of customer " + customerId + " was created concurrently: " + e.getMessage());
        }
    }
}
