package com.broadleafloyalty.feedback.broadleaf;

import com.broadleafloyalty.engagement.core.MailOutcome;
import com.broadleafloyalty.support.config.LoyaltySwitch;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import javax.annotation.Resource;

/**
 * Checkout activity (order 6400, the last of the module's: after the order is numbered at 6000) that emails a
 * registered shopper the link to rate the order. Guests are skipped (only a registered customer may answer). A mail
 * failure is logged and never fails the checkout. It reads only what the checkout already loaded (order, customer)
 * and writes nothing, so it adds no SQL statement to a checkout. When a site runs the checkout inside a transaction,
 * the mail goes after the commit, so a rolled-back order never asks for feedback.
 */
public class RequestFeedbackActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    private static final Log LOG = LogFactory.getLog(RequestFeedbackActivity.class);

    @Resource(name = "blLoyaltyFeedbackRequestSender")
    protected FeedbackRequestSender sender;

    @Resource(name = "blLoyaltySwitch")
    protected LoyaltySwitch loyaltySwitch;

    @Resource(name = "blLoyaltyFeedbackMailExecutor")
    protected Executor executor;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    protected boolean emailEnabled = true;

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        if (!emailEnabled || (loyaltySwitch != null && !loyaltySwitch.isEnabled()) || !sender.canSend()) {
            return context;
        }
        Order order = context.getSeedData().getOrder();
        final Customer customer = order.getCustomer();
        if (customer == null || !customer.isRegistered() || customer.getEmailAddress() == null
                || order.getOrderNumber() == null) {
            return context;
        }
        final String orderNumber = order.getOrderNumber();
        final Locale locale = order.getLocale();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
                @Override
                public void afterCommit() {
                    sendLater(customer, orderNumber, locale);
                }
            });
        } else {
            sendLater(customer, orderNumber, locale);
        }
        return context;
    }

    /**
     * Off the checkout's thread: the door's statements (claim, cap, tracking) and the mail server's round trip never
     * slow or fail a checkout. A full queue drops the request (logged): the post-purchase email carries the link too.
     */
    protected void sendLater(final Customer customer, final String orderNumber, final Locale locale) {
        if (executor == null) {
            send(customer, orderNumber, locale);
            return;
        }
        final Long customerId = customer.getId();
        try {
            // Another thread: the customer is read again there rather than shared with the checkout's session.
            executor.execute(() -> send(customerService.readCustomerById(customerId), orderNumber, locale));
        } catch (RejectedExecutionException e) {
            LOG.warn("Too many feedback requests waiting: none sent for order " + orderNumber);
        }
    }

    protected void send(Customer customer, String orderNumber, Locale locale) {
        try {
            MailOutcome outcome = sender.send(customer, orderNumber, locale);
            if (outcome == MailOutcome.FAILED) {
                LOG.warn("The mail server did not take the feedback request for order " + orderNumber
                        + "; the shopper can still rate it from the order page");
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not send the feedback request for order " + orderNumber + " to customer "
                    + customer.getId() + " (" + e + "); the order is placed and the shopper can still rate it from the "
                    + "order page");
            LOG.debug("Feedback request failure", e);
        }
    }

    /** Where requests wait to be sent (tests run them at a moment of their choosing). */
    public void setExecutor(Executor executor) {
        this.executor = executor;
    }

    public Executor getExecutor() {
        return executor;
    }

    public void setEmailEnabled(boolean emailEnabled) {
        this.emailEnabled = emailEnabled;
    }
}
