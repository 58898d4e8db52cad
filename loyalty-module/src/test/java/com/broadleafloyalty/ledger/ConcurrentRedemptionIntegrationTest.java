package com.broadleafloyalty.ledger;

import com.broadleafloyalty.ledger.core.InsufficientPointsException;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.redemption.core.RedemptionRefusedException;
import com.broadleafloyalty.redemption.service.RedemptionService;
import com.broadleafloyalty.support.persistence.LedgerTransactions;
import com.broadleafloyalty.test.LedgerChecks;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.postgres.TestDatabase;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads spend one account at once. Run on H2 by default and again on a real PostgreSQL server by the
 * postgresql Surefire execution. On PostgreSQL the in-JVM lock stripes are switched off, so the account row lock in
 * the database alone must keep the balance exact (as it must across shop nodes). H2 1.4 answers a contended row
 * update with "concurrent update" instead of waiting, so there the stripes stay on, as they are in a shop.
 */
@Tag("postgresql")
class ConcurrentRedemptionIntegrationTest {

    private static final Log LOG = LogFactory.getLog(ConcurrentRedemptionIntegrationTest.class);
    private static final int THREADS = 16;
    private static final int ATTEMPTS = 50;

    private final ShopFixture shop = new ShopFixture();
    private final PointsLedger ledger = LoyaltyTestContext.bean("blLoyaltyPointsLedger", PointsLedger.class);
    private final LoyaltyPointsService points = LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);
    private static final AtomicLong SOURCE = new AtomicLong(System.nanoTime());

    @BeforeEach
    void databaseLocksOnlyOnPostgres() {
        transactions().setLocalLocking(TestDatabase.selected() != TestDatabase.Kind.POSTGRESQL);
    }

    @AfterEach
    void restoreLocalLocking() {
        transactions().setLocalLocking(true);
    }

    private static LedgerTransactions transactions() {
        return LoyaltyTestContext.bean("blLoyaltyLedgerTransactions", LedgerTransactions.class);
    }

    @Test
    void shouldNeverOverspendWhenSixteenThreadsRedeemFromOneAccount() throws Exception {
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        OpenEntityManager.call(() -> {
            shop.grantPoints(customer, 1000);
            return null;
        });
        AtomicInteger redeemed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();

        long millis = runConcurrently(() -> {
            try {
                ledger.debit(Posting.of(customer.getId(), PointsEntryType.REDEEM, 7, PointsLedgerEntry.SOURCE_REDEMPTION,
                        SOURCE.incrementAndGet()).reason("Concurrent redemption"));
                redeemed.incrementAndGet();
            } catch (InsufficientPointsException e) {
                refused.incrementAndGet();
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                LOG.warn("Redemption attempt failed: " + e);
            }
        });

        LOG.info(TestDatabase.describe() + (TestDatabase.selected() == TestDatabase.Kind.POSTGRESQL
                ? " (database row locks only)" : " (with in-JVM lock stripes)") + ": " + THREADS * ATTEMPTS + " redemption attempts in " + millis + " ms: "
                + redeemed + " redeemed, " + refused + " refused for lack of points, " + failed + " failed");
        long balance = points.getBalance(customer.getId());
        long redeemEntries = points.getLedger(customer.getId()).stream()
                .filter(e -> e.getEntryType() == PointsEntryType.REDEEM).count();
        String story = "entries " + points.getLedger(customer.getId()).size() + ", balance " + balance
                + ", mismatches " + LedgerChecks.mismatchesOf(customer.getId());
        assertThat(failed.get()).isZero();
        assertThat(redeemed.get()).as(story).isEqualTo(1000 / 7);
        assertThat(redeemed.get() + refused.get()).isEqualTo(THREADS * ATTEMPTS);
        assertThat(balance).isEqualTo(1000 - 7L * redeemed.get()).isGreaterThanOrEqualTo(0);
        assertThat(redeemEntries).isEqualTo(redeemed.get());
        assertThat(LedgerChecks.mismatchesOf(customer.getId())).isEmpty();
    }

    @Test
    void shouldNeverReserveMoreThanTheBalanceAcrossConcurrentCarts() throws Exception {
        RedemptionService redemption = LoyaltyTestContext.bean("blLoyaltyRedemptionService",
                RedemptionService.class);
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        List<Long> carts = new ArrayList<Long>();
        OpenEntityManager.call(() -> {
            shop.grantPoints(customer, 1000);
            for (int i = 0; i < THREADS; i++) {
                carts.add(shop.cart(customer, 1, shop.productPriced("500.00")).getId());
            }
            return null;
        });
        AtomicInteger reserved = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();

        runConcurrently(THREADS, 1, () -> OpenEntityManager.call(() -> {
            Order cart = shop.reloadById(carts.get(next.getAndIncrement()));
            try {
                redemption.applyPoints(cart, "300");
                reserved.incrementAndGet();
            } catch (RedemptionRefusedException e) {
                refused.incrementAndGet();
            }
            return null;
        }));

        assertThat(reserved.get()).isEqualTo(3);
        assertThat(refused.get()).isEqualTo(THREADS - 3);
        assertThat(LedgerChecks.mismatchesOf(customer.getId())).isEmpty();
    }


    private static long runConcurrently(Runnable attempt) throws Exception {
        return runConcurrently(THREADS, ATTEMPTS, attempt);
    }

    private static long runConcurrently(int threads, int attempts, Runnable attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> done = new ArrayList<Future<Void>>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit((Callable<Void>) () -> {
                start.await();
                for (int i = 0; i < attempts; i++) {
                    attempt.run();
                }
                return null;
            }));
        }
        long begin = System.nanoTime();
        start.countDown();
        for (Future<Void> future : done) {
            future.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return (System.nanoTime() - begin) / 1_000_000;
    }
}
