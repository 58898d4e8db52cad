package com.broadleafloyalty.demo.seed;

import com.broadleafloyalty.account.service.CustomerAccountService;
import com.broadleafloyalty.account.service.ReferralRewardService;
import com.broadleafloyalty.demo.replay.shop.RequestScope;
import com.broadleafloyalty.feedback.service.OrderFeedbackService;
import com.broadleafloyalty.redemption.core.RedemptionRefusedException;
import com.broadleafloyalty.redemption.service.RedemptionService;
import com.broadleafloyalty.returns.service.LoyaltyReturnService;
import com.broadleafloyalty.segment.service.CustomerSegmentService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceContext;

/**
 * On the first start (a shop without any submitted order), places a year of generated orders through the real
 * checkout, each at its own past date on the shop's clock: members registering (with the sign-up bonus, a few with
 * a referral code), carts, points spent, checkouts, feedback a day later, a few returns. The loyalty module sees an
 * ordinary year of trade, so the admin's dashboard, tiers and segments have something to show. Later starts find
 * the orders and do nothing.
 */
public class DemoHistory implements ApplicationListener<ContextRefreshedEvent> {

    private static final Log LOG = LogFactory.getLog(DemoHistory.class);

    static final int CUSTOMERS = 40;
    static final int DAYS = 365;
    static final String PASSWORD = "member1234";

    @Resource(name = "blCustomerService")
    protected CustomerService customers;

    @Resource(name = "blOrderService")
    protected OrderService orders;

    @Resource(name = "blOrderPaymentService")
    protected OrderPaymentService payments;

    @Resource(name = "blCheckoutService")
    protected CheckoutService checkout;

    @Resource(name = "blCatalogService")
    protected CatalogService catalog;

    @Resource(name = "blCurrencyService")
    protected BroadleafCurrencyService currencies;

    @Resource(name = "blLoyaltyRedemptionService")
    protected RedemptionService redemptions;

    @Resource(name = "blLoyaltyOrderFeedbackService")
    protected OrderFeedbackService feedback;

    @Resource(name = "blLoyaltyReturnService")
    protected LoyaltyReturnService returns;

    @Resource(name = "blLoyaltyCustomerAccountService")
    protected CustomerAccountService accounts;

    @Resource(name = "blLoyaltyReferralRewardService")
    protected ReferralRewardService referrals;

    @Resource(name = "blLoyaltyCustomerSegmentService")
    protected CustomerSegmentService segments;

    @Resource(name = "entityManagerFactory")
    protected EntityManagerFactory entityManagerFactory;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private int orderCount = 300;

    public void setOrders(int orders) {
        this.orderCount = orders;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (event.getApplicationContext().getParent() != null || orderCount <= 0) {
            return;
        }
        RequestScope scope = new RequestScope(entityManagerFactory, transactionManager,
                currencies.findDefaultBroadleafCurrency());
        try {
            if (scope.call(() -> hasOrders())) {
                return;
            }
            long start = System.nanoTime();
            int placed = seed(scope);
            LOG.info("Seeded the demo history: " + placed + " orders over the last " + DAYS + " days in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot seed the demo order history", e);
        }
    }

    private boolean hasOrders() {
        return em.createQuery("SELECT COUNT(o.id) FROM org.broadleafcommerce.core.order.domain.OrderImpl o"
                + " WHERE o.status = 'SUBMITTED'", Long.class).getSingleResult() > 0;
    }

    private int seed(RequestScope scope) throws Exception {
        Instant end = Instant.now();
        List<Sku> skus = scope.callInOneTransaction(() -> sellableSince(Date.from(end.minus(Duration.ofDays(DAYS + 1)))));
        List<DemoHistoryPlan.PlannedOrder> plan = DemoHistoryPlan.of(orderCount, CUSTOMERS, skus.size(), DAYS, end);
        List<Event> later = new ArrayList<Event>();
        Customer[] members = new Customer[CUSTOMERS];
        int placed = 0;
        try {
            for (DemoHistoryPlan.PlannedOrder planned : plan) {
                runDue(scope, later, planned.at);
                Customer customer = planned.customer < 0 ? null : member(scope, members, planned.customer, planned.at);
                clock(planned.at);
                Order order = place(scope, customer, planned, skus);
                placed++;
                if (planned.feedback != null) {
                    later.add(Event.feedback(planned.at.plus(Duration.ofDays(1)), order, customer, planned.feedback));
                }
                if (planned.returnAfterDays > 0) {
                    later.add(Event.returned(planned.at.plus(Duration.ofDays(planned.returnAfterDays)), order));
                }
            }
            runDue(scope, later, end);
        } finally {
            SystemTime.reset();
        }
        scope.call(() -> referrals.decideDueReferrals());
        scope.call(() -> segments.recomputeAll());
        return placed;
    }

    /** The demo catalog's products, on sale since before the history starts. */
    private List<Sku> sellableSince(Date since) {
        List<Sku> skus = new ArrayList<Sku>();
        for (Sku sku : catalog.findAllSkus()) {
            if (sku.getDefaultProduct() == null || sku.getRetailPrice() == null) {
                continue;
            }
            if (sku.getActiveStartDate() == null || sku.getActiveStartDate().after(since)) {
                sku.setActiveStartDate(since);
                sku = catalog.saveSku(sku);
            }
            skus.add(sku);
        }
        Collections.sort(skus, new Comparator<Sku>() {
            @Override
            public int compare(Sku a, Sku b) {
                return a.getId().compareTo(b.getId());
            }
        });
        return skus;
    }

    private Customer member(RequestScope scope, Customer[] members, int index, Instant firstOrder) throws Exception {
        if (members[index] != null) {
            return members[index];
        }
        clock(firstOrder.minus(Duration.ofHours(30)));
        String login = String.format("member%02d@example.com", index + 1);
        Customer customer = scope.call(() -> {
            Customer created = customers.createCustomerFromId(null);
            created.setUsername(login);
            created.setEmailAddress(login);
            created.setFirstName("Member");
            created.setLastName(String.format("%02d", index + 1));
            return customers.registerCustomer(created, PASSWORD, PASSWORD);
        });
        // Every seventh member came through another member's referral link.
        if (index >= 7 && index % 7 == 0 && members[index % 5] != null) {
            Customer referrer = members[index % 5];
            scope.call(() -> accounts.applyReferralCode(customer,
                    accounts.profileOf(referrer).getReferralCode()));
        }
        members[index] = customer;
        return customer;
    }

    private Order place(RequestScope scope, Customer member, DemoHistoryPlan.PlannedOrder planned, List<Sku> skus)
            throws Exception {
        Long cartId = scope.callInOneTransaction(() -> {
            Order cart = orders.createNewCartForCustomer(member != null ? member : customers.createCustomer());
            for (int i = 0; i < planned.lines.size(); i++) {
                Sku sku = skus.get(planned.lines.get(i)[0]);
                OrderItemRequestDTO request = new OrderItemRequestDTO();
                request.setSkuId(sku.getId());
                request.setProductId(sku.getDefaultProduct().getId());
                request.setQuantity(planned.lines.get(i)[1]);
                cart = orders.addItem(cart.getId(), request, i == planned.lines.size() - 1);
            }
            return cart.getId();
        });
        if (planned.spendShare > 0) {
            scope.call(() -> spendPoints(cartId, planned.spendShare));
        }
        Long paidId = scope.callInOneTransaction(() -> payInFull(orders.findOrderById(cartId)).getId());
        return scope.call(() -> checkout.performCheckout(orders.findOrderById(paidId)).getOrder());
    }

    private Order spendPoints(Long cartId, double share) {
        Order cart = orders.findOrderById(cartId);
        long points = (long) (redemptions.availableFor(cart) * share) / 10 * 10;
        if (points < 50) {
            return cart;
        }
        try {
            return redemptions.applyPoints(cart, String.valueOf(points));
        } catch (RedemptionRefusedException e) {
            return cart; // worth more than the cart: this shopper keeps the points
        }
    }

    private Order payInFull(Order order) throws Exception {
        OrderPayment payment = payments.create();
        payment.setOrder(order);
        payment.setAmount(order.getTotal());
        payment.setType(PaymentType.THIRD_PARTY_ACCOUNT);
        payment.setPaymentGatewayType(PaymentGatewayType.PASSTHROUGH);
        PaymentTransaction transaction = payments.createTransaction();
        transaction.setType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
        transaction.setAmount(order.getTotal());
        transaction.setSuccess(true);
        transaction.setOrderPayment(payment);
        payment.addTransaction(transaction);
        orders.addPaymentToOrder(order, payment, null);
        return orders.save(order, false);
    }

    /** Feedback and returns whose time has come, oldest first. */
    private void runDue(RequestScope scope, List<Event> later, Instant now) throws Exception {
        Collections.sort(later, new Comparator<Event>() {
            @Override
            public int compare(Event a, Event b) {
                return a.at.compareTo(b.at);
            }
        });
        while (!later.isEmpty() && !later.get(0).at.isAfter(now)) {
            Event event = later.remove(0);
            clock(event.at);
            if (event.feedback != null) {
                scope.call(() -> feedback.submit(event.orderNumber, customers.readCustomerById(event.customerId),
                        String.valueOf(event.feedback[0]), String.valueOf(event.feedback[1]), null));
            } else {
                scope.call(() -> returns.returnItems(event.orderId, "DEMO-RETURN-" + event.orderId,
                        Collections.singletonMap(event.orderItemId, 1), "demo"));
            }
        }
    }

    private static void clock(Instant at) {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(at.toEpochMilli()));
    }

    /** Something that happens some time after an order: its feedback, or a returned item. */
    private static final class Event {

        final Instant at;
        final Long orderId;
        final String orderNumber;
        final Long customerId;
        final Long orderItemId;
        final int[] feedback;

        private Event(Instant at, Order order, Long customerId, int[] feedback) {
            this.at = at;
            this.orderId = order.getId();
            this.orderNumber = order.getOrderNumber();
            this.customerId = customerId;
            this.orderItemId = order.getOrderItems().get(0).getId();
            this.feedback = feedback;
        }

        static Event feedback(Instant at, Order order, Customer customer, int[] scores) {
            return new Event(at, order, customer.getId(), scores);
        }

        static Event returned(Instant at, Order order) {
            return new Event(at, order, null, null);
        }
    }
}
