package com.broadleafloyalty.throttle;

import com.broadleafloyalty.privacy.service.ErasureReport;
import com.broadleafloyalty.privacy.service.PrivacyService;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.throttle.core.Lockout;
import com.broadleafloyalty.throttle.core.ThrottleKind;
import com.broadleafloyalty.throttle.core.ThrottlePolicy;
import com.broadleafloyalty.throttle.dao.ThrottleDao;
import com.broadleafloyalty.throttle.domain.ThrottleCounter;
import com.broadleafloyalty.throttle.service.ThrottleService;
import com.broadleafloyalty.throttle.service.ThrottleServiceImpl;
import com.broadleafloyalty.throttle.service.ThrottledException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The counters live in the database: two service instances (as on two shop nodes) over one database see each other's
 * failures and locks, and many failures at once from both lose none. Run on H2 by default and on PostgreSQL by the
 * postgresql Surefire execution. Every test uses its own account and address, so the order of tests does not matter.
 */
@Tag("postgresql")
class ThrottleServiceIntegrationTest {

    private final ThrottleService nodeA = LoyaltyTestContext.bean("blLoyaltyThrottleService", ThrottleService.class);

    /** A second node: its own service object, the same database. */
    private static ThrottleServiceImpl secondNode(ThrottlePolicy accountPolicy, Clock clock) {
        ThrottleServiceImpl node = new ThrottleServiceImpl();
        node.setDao(LoyaltyTestContext.bean("blLoyaltyThrottleDao", ThrottleDao.class));
        node.setTransactionManager(LoyaltyTestContext.bean("blTransactionManager", PlatformTransactionManager.class));
        node.setAccountPolicy(accountPolicy);
        node.setAddressPolicy(ThrottlePolicy.of(1000, 900, 900, 900));
        node.setClock(clock);
        node.init();
        return node;
    }

    private static String unique(String what) {
        return what + "-" + System.nanoTime() + "@example.com";
    }

    private static String uniqueAddress() {
        long n = System.nanoTime();
        return "198.51." + (n % 250) + "." + ((n / 250) % 250);
    }

    @Test
    void shouldLockTheAccountAtTheFifthFailureAndRefuseBeforeTrying() {
        String account = unique("ana");
        String address = uniqueAddress();
        for (int i = 1; i <= 4; i++) {
            assertThat(nodeA.recordFailure(ThrottleKind.LOGIN, account, address)).as("failure " + i).isNull();
            nodeA.check(ThrottleKind.LOGIN, account, address);
        }

        Lockout lockout = nodeA.recordFailure(ThrottleKind.LOGIN, account, address);

        assertThat(lockout).isNotNull();
        assertThat(lockout.minutesToWait()).isEqualTo(15);
        assertThatThrownBy(() -> nodeA.check(ThrottleKind.LOGIN, account, "203.0.113.9"))
                .isInstanceOf(ThrottledException.class)
                .hasFieldOrPropertyWithValue("messageKey", "loyalty.throttle.tooManyAttempts");
        // Another kind of attempt keeps its own count.
        nodeA.check(ThrottleKind.REFERRAL_CODE, account, address);
    }

    @Test
    void shouldForgetTheAccountsFailuresAfterASuccess() {
        String account = unique("bea");
        String address = uniqueAddress();
        for (int i = 0; i < 4; i++) {
            nodeA.recordFailure(ThrottleKind.LOGIN, account, address);
        }

        nodeA.recordSuccess(ThrottleKind.LOGIN, account);

        assertThat(nodeA.recordFailure(ThrottleKind.LOGIN, account, address)).isNull();
        assertThat(counter("LOGIN|account:" + account).getFailures()).isEqualTo(1);
        assertThat(counter("LOGIN|address:" + address).getFailures()).as("the address keeps counting").isEqualTo(5);
    }

    @Test
    void shouldShareCountsAndLocksBetweenTwoNodes() {
        String account = unique("cai");
        ThrottleServiceImpl nodeB = secondNode(ThrottlePolicy.of(5, 900, 900, 14400), Clock.systemUTC());
        for (int i = 0; i < 2; i++) {
            nodeA.recordFailure(ThrottleKind.ADMIN_LOGIN, account, uniqueAddress());
            nodeB.recordFailure(ThrottleKind.ADMIN_LOGIN, account, uniqueAddress());
        }

        Lockout lockout = nodeA.recordFailure(ThrottleKind.ADMIN_LOGIN, account, uniqueAddress());

        assertThat(lockout).as("the fifth failure, counted over both nodes").isNotNull();
        assertThatThrownBy(() -> nodeB.check(ThrottleKind.ADMIN_LOGIN, account, null))
                .isInstanceOf(ThrottledException.class);
    }

    @Test
    void shouldLoseNoFailureWhenTwoNodesCountAtOnce() throws Exception {
        final String account = unique("dan");
        final int threads = 8;
        final int failuresEach = 10;
        final ThrottleServiceImpl nodeB = secondNode(ThrottlePolicy.of(1000, 900, 900, 900), Clock.systemUTC());
        final ThrottleServiceImpl nodeC = secondNode(ThrottlePolicy.of(1000, 900, 900, 900), Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        final CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> results = new ArrayList<Future<Void>>();
        for (int t = 0; t < threads; t++) {
            final ThrottleService node = t % 2 == 0 ? nodeB : nodeC;
            results.add(pool.submit(new Callable<Void>() {
                @Override
                public Void call() throws Exception {
                    start.await();
                    for (int i = 0; i < failuresEach; i++) {
                        node.recordFailure(ThrottleKind.REDEMPTION, account, null);
                    }
                    return null;
                }
            }));
        }
        start.countDown();
        for (Future<Void> result : results) {
            result.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(counter("REDEMPTION|account:" + account).getFailures()).isEqualTo(threads * failuresEach);
    }

    @Test
    void shouldLetTheAccountInAgainOnceTheLockHasPassed() {
        String account = unique("eva");
        MovableClock clock = new MovableClock(Instant.now());
        ThrottleServiceImpl node = secondNode(ThrottlePolicy.of(3, 60, 120, 600), clock);
        for (int i = 0; i < 3; i++) {
            node.recordFailure(ThrottleKind.LOGIN, account, null);
        }
        assertThatThrownBy(() -> node.check(ThrottleKind.LOGIN, account, null)).isInstanceOf(ThrottledException.class);

        clock.advanceSeconds(119);
        assertThatThrownBy(() -> node.check(ThrottleKind.LOGIN, account, null)).isInstanceOf(ThrottledException.class);
        clock.advanceSeconds(1);
        node.check(ThrottleKind.LOGIN, account, null);

        // The next lock in a row is twice as long.
        for (int i = 0; i < 3; i++) {
            node.recordFailure(ThrottleKind.LOGIN, account, null);
        }
        clock.advanceSeconds(239);
        assertThatThrownBy(() -> node.check(ThrottleKind.LOGIN, account, null)).isInstanceOf(ThrottledException.class);
        clock.advanceSeconds(1);
        node.check(ThrottleKind.LOGIN, account, null);
    }

    @Test
    void shouldRemoveOnlyCountersThatSayNothingAnyMore() {
        String idle = unique("fay");
        String locked = unique("gus");
        MovableClock clock = new MovableClock(Instant.now().minusSeconds(7200));
        ThrottleServiceImpl node = secondNode(ThrottlePolicy.of(2, 60, 3600 * 5, 3600 * 5), clock);
        node.recordFailure(ThrottleKind.VIP_CODE, idle, null);
        node.recordFailure(ThrottleKind.VIP_CODE, locked, null);
        node.recordFailure(ThrottleKind.VIP_CODE, locked, null);

        clock.advanceSeconds(7200);
        node.removeForgotten();

        assertThat(read("VIP_CODE|account:" + idle)).isEmpty();
        assertThat(read("VIP_CODE|account:" + locked)).as("still locked").hasSize(1);
    }

    @Test
    void shouldExportAndEraseACustomersCountersButNotTheAddresses() {
        Customer customer = OpenEntityManager.call(() -> new ShopFixture().registeredCustomer());
        String address = uniqueAddress();
        nodeA.recordFailure(ThrottleKind.LOGIN, customer.getUsername(), address);
        nodeA.recordFailure(ThrottleKind.REDEMPTION, String.valueOf(customer.getId()), address);
        PrivacyService privacy = LoyaltyTestContext.bean("blLoyaltyPrivacyService", PrivacyService.class);

        Object exported = privacy.export(customer.getId(), "admin").get("throttle");
        ErasureReport erased = privacy.erase(customer.getId(), "admin");

        assertThat((List<?>) exported).hasSize(2);
        assertThat(erased.getRecords()).containsEntry("throttle", 2L);
        assertThat(read("LOGIN|account:" + customer.getUsername().toLowerCase(java.util.Locale.ROOT))).isEmpty();
        assertThat(read("REDEMPTION|account:" + customer.getId())).isEmpty();
        assertThat(read("LOGIN|address:" + address)).as("an address is no one customer's").hasSize(1);
    }

    private static ThrottleCounter counter(String key) {
        List<ThrottleCounter> counters = read(key);
        assertThat(counters).as(key).hasSize(1);
        return counters.get(0);
    }

    private static List<ThrottleCounter> read(String key) {
        return LoyaltyTestContext.bean("blLoyaltyThrottleDao", ThrottleDao.class).read(Collections.singleton(key));
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
