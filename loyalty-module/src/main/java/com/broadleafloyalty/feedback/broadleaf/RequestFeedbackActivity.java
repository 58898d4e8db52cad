package com.broadleafloyalty.feedback.broadleaf;

import com.broadleafloyalty.support.config.LoyaltySwitch;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
                    send(customer, orderNumber, locale);
                }
            });
        } else {
            send(customer, orderNumber, locale);
        }
        return context;
    }

    protected void send(Customer customer, String orderNumber, Locale locale) {
        try {
            sender.send(customer, orderNumber, locale);
        } catch (RuntimeException e) {
            LOG.warn("Could not send the feedback request for order " + orderNumber + " to customer "
                    + customer.getId() + " (" + e + "); the order is placed and the shopper can still rate it from the "
                    + "order page");
            LOG.debug("Feedback request failure", e);
        }
    }

    public void setEmailEnabled(boolean emailEnabled) {
        this.emailEnabled = emailEnabled;
    }
}
