package com.broadleafloyalty.nodes;

import com.broadleafloyalty.campaign.service.CampaignSendJob;
import com.broadleafloyalty.ledger.core.InsufficientPointsException;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.PointsExpiryService;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.redemption.service.RedemptionService;
import com.broadleafloyalty.segment.service.CustomerSegmentService;
import com.broadleafloyalty.segment.service.FullRunSummary;
import com.broadleafloyalty.support.persistence.LedgerTransactions;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.tier.service.LoyaltyTierService;
import com.broadleafloyalty.webhook.service.WebhookDelivery;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.service.CustomerService;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one shop node does in the two-node test, on its own Broadleaf context: the same code runs in the test's JVM
 * (node A) and in the second JVM (node B, {@link SecondNode}), at the same moment, on one PostgreSQL database.
 */
final class NodeWork {

    static final int THREADS = 16;
    static final int ATTEMPTS = 40;
    static final long POINTS_PER_REDEMPTION = 7;

    private NodeWork() {
    }

    /** Database row locks only, as across nodes: the in-JVM lock stripes are switched off. */
    static void databaseLocksOnly() {
        LoyaltyTestContext.bean("blLoyaltyLedgerTransactions", LedgerTransactions.class).setLocalLocking(false);
    }

    /** {@link #THREADS} threads spend the account 7 points at a time; how many redemptions went through. */
    static int redeem(long customerId, long sourceBase) throws Exception {
        PointsLedger ledger = LoyaltyTestContext.bean("blLoyaltyPointsLedger", PointsLedger.class);
        AtomicInteger redeemed = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        concurrently(THREADS, () -> {
            for (int i = 0; i < ATTEMPTS; i++) {
                try {
                    ledger.debit(Posting.of(customerId, PointsEntryType.REDEEM, POINTS_PER_REDEMPTION,
                            PointsLedgerEntry.SOURCE_REDEMPTION, sourceBase + next.incrementAndGet())
                            .reason("Two-node redemption"));
                    redeemed.incrementAndGet();
                } catch (InsufficientPointsException e) {
                    // the account ran dry: the expected end
                }
            }
            return null;
        });
        return redeemed.get();
    }

    /** {@link #THREADS} threads complete the same order's award at once (a retried checkout on each node). */
    static void award(long orderId) throws Exception {
        LoyaltyPointsService points = LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);
        OrderService orders = LoyaltyTestContext.bean("blOrderService", OrderService.class);
        concurrently(THREADS, () -> OpenEntityManager.call(() ->
                points.awardPointsForOrder(orders.findOrderById(orderId))));
    }

    /** {@code orders} threads each place and pay one order of the same customer (a product of 40.00 each). */
    static void checkout(long customerId, int orders) throws Exception {
        ShopFixture shop = new ShopFixture();
        CustomerService customers = LoyaltyTestContext.bean("blCustomerService", CustomerService.class);
        concurrently(orders, () -> OpenEntityManager.call(() ->
                shop.paidCheckout(customers.readCustomerById(customerId), "40.00", 1)));
    }

    static int expire() {
        return LoyaltyTestContext.bean("blLoyaltyPointsExpiryService", PointsExpiryService.class).expireDuePoints();
    }

    static int remind() {
        return LoyaltyTestContext.bean("blLoyaltyPointsExpiryService", PointsExpiryService.class)
                .sendExpiryReminders();
    }

    static int deliver() {
        return LoyaltyTestContext.target("blLoyaltyWebhookDelivery", WebhookDelivery.class).deliverDue();
    }

    /** The segments' full run; "skipped" when the other node's run had just done it. */
    static String segments() {
        FullRunSummary summary = LoyaltyTestContext.bean("blLoyaltyCustomerSegmentService",
                CustomerSegmentService.class).recomputeAll();
        return summary.isSkipped() ? "skipped" : "scored " + summary.getCustomersScored();
    }

    static int tiers() {
        return LoyaltyTestContext.bean("blLoyaltyTierService", LoyaltyTierService.class).evaluateEveryone();
    }

    static int release() {
        return LoyaltyTestContext.bean("blLoyaltyRedemptionService", RedemptionService.class).releaseAbandoned();
    }

    /** One run of the campaigns' sending job (due campaigns, throttled per run). */
    static int campaigns() {
        return LoyaltyTestContext.bean("blLoyaltyCampaignSendJob", CampaignSendJob.class).run();
    }

    private static void concurrently(int threads, Callable<?> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(work));
            }
            for (Future<?> future : done) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
