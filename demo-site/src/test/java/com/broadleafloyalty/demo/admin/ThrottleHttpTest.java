package com.broadleafloyalty.demo.admin;

import com.broadleafloyalty.demo.web.Shopper;
import com.broadleafloyalty.throttle.core.ThrottleKind;
import com.broadleafloyalty.throttle.core.ThrottlePolicy;
import com.broadleafloyalty.throttle.service.ThrottleServiceImpl;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.SessionFactory;
import org.hibernate.ejb.HibernateEntityManagerFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

import javax.persistence.EntityManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throttling as an attacker and a shopper meet it (issue 18, item 4), on the whole demo shop: a password-guessing loop
 * against the storefront's and the admin's login is locked out with a message in the shopper's language, the real
 * user gets in again once the (here 3-second) lock has passed, and the admin's context (its own Spring context and
 * its own ThrottleService) shares the database's counts; registrations probing for existing accounts, VIP and referral
 * code guessing, refused redemptions on the
 * cart page and through the API (429 with Retry-After) are stopped the same way. Each test comes from a client address of its own
 * (X-Forwarded-For, trusted from 127.0.0.1 here) and uses its own accounts, so the order of tests does not matter.
 */
class ThrottleHttpTest {

    private static final Log LOG = LogFactory.getLog(ThrottleHttpTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PROPERTIES = {"loyalty.throttle.lock.seconds", "loyalty.throttle.lock.max.seconds",
        "loyalty.throttle.window.seconds", "loyalty.throttle.trusted.proxies", "loyalty.throttle.address.failures"};
    private static final AtomicLong ADDRESSES = new AtomicLong(System.nanoTime() % 200);
    private static final String ADMIN_COOKIE = "LOYALTYADMINSESSION";

    private static AdminTestServer server;

    @BeforeAll
    static void startShopWithAShortLock() throws Exception {
        System.setProperty("loyalty.throttle.lock.seconds", "3");
        System.setProperty("loyalty.throttle.lock.max.seconds", "3");
        System.setProperty("loyalty.throttle.window.seconds", "600");
        System.setProperty("loyalty.throttle.trusted.proxies", "127.0.0.1");
        System.setProperty("loyalty.throttle.address.failures", "10");
        try {
            server = AdminTestServer.start();
        } finally {
            for (String property : PROPERTIES) {
                System.clearProperty(property);
            }
        }
    }

    @AfterAll
    static void stopShop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    static String newAddress() {
        long n = ADDRESSES.incrementAndGet();
        return "203.0." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    private static String newEmail(String who) {
        return who + "-" + System.nanoTime() + "@example.com";
    }

    @Test
    void shouldLockAGuessingLoopOnTheStorefrontLoginAndLetTheShopperInAfterTheLock() throws Exception {
        String email = newEmail("guessed");
        new Shopper(server.siteUrl()).from(newAddress()).register(email, "secret123");
        Shopper guesser = new Shopper(server.siteUrl()).from(newAddress());

        for (int i = 1; i <= 4; i++) {
            Document page = guesser.logIn(email, "guess" + i);
            assertThat(guesser.lastUrl()).as("guess " + i).contains("error=true");
            assertThat(page.select(".login-throttled")).isEmpty();
        }
        Document fifth = guesser.logIn(email, "guess5");
        assertThat(guesser.lastStatus()).isEqualTo(200);
        assertThat(fifth.selectFirst(".login-throttled").text())
                .isEqualTo("Too many attempts. Try again in 1 minute.");

        // Locked: even the right password is refused, from any address, without being checked.
        Shopper owner = new Shopper(server.siteUrl()).from(newAddress());
        Document refused = owner.logIn(email, "secret123");
        assertThat(owner.lastUrl()).contains("throttled=true");
        assertThat(refused.selectFirst(".login-throttled").text()).startsWith("Too many attempts.");
        assertThat(owner.get("/account/loyalty").statusCode()).isEqualTo(200);
        assertThat(owner.lastUrl()).as("not signed in").contains("/login");

        Thread.sleep(3100);
        owner.logIn(email, "secret123");
        assertThat(owner.lastUrl()).doesNotContain("error").doesNotContain("throttled");
        assertThat(owner.open("/account/loyalty").select(".loyalty-balance")).isNotEmpty();
    }

    @Test
    void shouldSayHowLongToWaitInTheShoppersLanguage() throws Exception {
        String email = newEmail("limba");
        Shopper guesser = new Shopper(server.siteUrl()).from(newAddress());
        guesser.open("/login?blLocaleCode=ro_RO");
        Document page = null;
        for (int i = 1; i <= 5; i++) {
            page = guesser.logIn(email, "guess" + i);
        }

        assertThat(page.selectFirst(".login-throttled").text())
                .isEqualTo("Prea multe încercări. Încearcă din nou peste 1 minut.");
        page = guesser.open("/login?throttled=true&blLocaleCode=pl_PL");
        assertThat(page.selectFirst(".login-throttled").text())
                .isEqualTo("Zbyt wiele prób. Spróbuj ponownie za 1 minutę.");
        page = guesser.open("/login?throttled=true&blLocaleCode=es_ES");
        assertThat(page.selectFirst(".login-throttled").text())
                .isEqualTo("Demasiados intentos. Vuelve a intentarlo dentro de 1 minuto.");
    }

    @Test
    void shouldLockAnAddressThatGuessesManyAccounts() throws Exception {
        Shopper guesser = new Shopper(server.siteUrl()).from(newAddress());
        for (int i = 1; i <= 9; i++) {
            guesser.logIn(newEmail("sprayed" + i), "password1");
            assertThat(guesser.lastUrl()).as("attempt " + i).contains("error=true");
        }

        Document tenth = guesser.logIn(newEmail("sprayed10"), "password1");

        assertThat(tenth.selectFirst(".login-throttled").text()).startsWith("Too many attempts.");
        guesser.logIn("demo@example.com", "demo1234");
        assertThat(guesser.lastUrl()).as("the address is locked for every account").contains("throttled=true");
        // The demo shopper, from another address, is not affected.
        Shopper dana = new Shopper(server.siteUrl()).from(newAddress());
        dana.logIn("demo@example.com", "demo1234");
        assertThat(dana.lastUrl()).doesNotContain("error").doesNotContain("throttled");
    }

    @Test
    void shouldLockTheAdminLoginAcrossContextsAndLetTheAdminInAfterTheLock() throws Exception {
        String address = newAddress();
        for (int i = 1; i <= 4; i++) {
            assertThat(adminLogIn("admin", "wrong" + i, address).header("Location")).as("guess " + i)
                    .contains("login_error").doesNotContain("throttled");
        }
        assertThat(adminLogIn("admin", "wrong5", address).header("Location")).contains("throttled=true");

        // The right password is refused while locked, from another address too.
        String other = newAddress();
        Connection.Response loginPage = adminLoginPage(other);
        Connection.Response refused = adminLogIn(loginPage, "admin", "admin", other);
        assertThat(refused.header("Location")).contains("throttled=true");
        Document page = Jsoup.connect(refused.header("Location")).cookie(ADMIN_COOKIE, loginPage.cookie(ADMIN_COOKIE))
                .get();
        assertThat(page.selectFirst(".login-throttled").text()).isEqualTo("Too many attempts. Try again in 1 minute.");
        // The storefront's logins are counted apart.
        Shopper dana = new Shopper(server.siteUrl()).from(address);
        dana.logIn("demo@example.com", "demo1234");
        assertThat(dana.lastUrl()).doesNotContain("error").doesNotContain("throttled");

        Thread.sleep(3100);
        Connection.Response in = adminLogIn("admin", "admin", newAddress());
        assertThat(in.header("Location")).doesNotContain("login_error").doesNotContain("throttled");
    }

    @Test
    void shouldStopAVipCodeGuessingLoop() throws Exception {
        Shopper guesser = new Shopper(server.siteUrl()).from(newAddress());
        guesser.register(newEmail("vip"), "secret123");
        Document cart = guesser.submit(guesser.open("/"), "form[action=/cart/add]", "quantity", "1");
        for (int i = 1; i <= 5; i++) {
            cart = guesser.submit(cart, "form.loyalty-code-form", "code", "VIP-GUESS" + i);
            assertThat(cart.selectFirst(".loyalty-code-error").text()).as("guess " + i)
                    .doesNotStartWith("Too many attempts.");
        }

        cart = guesser.submit(cart, "form.loyalty-code-form", "code", "VIP-GUESS6");

        assertThat(guesser.lastStatus()).isEqualTo(200);
        assertThat(cart.selectFirst(".loyalty-code-error").text())
                .isEqualTo("Too many attempts. Try again in 1 minute.");
    }

    @Test
    void shouldStopARegistrationLoopThatProbesForExistingAccounts() throws Exception {
        String taken = newEmail("taken");
        new Shopper(server.siteUrl()).from(newAddress()).register(taken, "secret123");
        Shopper prober = new Shopper(server.siteUrl()).from(newAddress());
        for (int i = 1; i <= 5; i++) {
            Document page = prober.register(taken, "secret123");
            assertThat(page.select(".register-errors li").eachText()).as("attempt " + i)
                    .noneMatch(text -> text.startsWith("Too many attempts."));
        }

        Document locked = prober.register(taken, "secret123");

        assertThat(prober.lastStatus()).isEqualTo(200);
        assertThat(locked.select(".register-errors li").eachText())
                .contains("Too many attempts. Try again in 1 minute.");
        // A shopper's mistakes (a short password, names) are no guess: another mailbox still registers from there.
        String fresh = newEmail("fresh");
        prober.register(fresh, "secret123");
        assertThat(prober.open("/account/loyalty").select(".loyalty-balance")).as(fresh).isNotEmpty();
    }

    @Test
    void shouldStopAReferralCodeGuessingLoop() throws Exception {
        Shopper guesser = new Shopper(server.siteUrl()).from(newAddress());
        guesser.register(newEmail("referral"), "secret123");
        Document page = guesser.open("/account/loyalty");
        for (int i = 1; i <= 5; i++) {
            page = guesser.submit(page, "form.loyalty-referral-form", "code", "GUESS" + i);
            assertThat(page.selectFirst(".loyalty-account-error").text()).as("guess " + i)
                    .doesNotStartWith("Too many attempts.");
        }

        page = guesser.submit(page, "form.loyalty-referral-form", "code", "GUESS6");

        assertThat(guesser.lastStatus()).isEqualTo(200);
        assertThat(page.selectFirst(".loyalty-account-error").text())
                .isEqualTo("Too many attempts. Try again in 1 minute.");
    }

    @Test
    void shouldThrottleRefusedRedemptionsOnTheCartPage() throws Exception {
        Shopper shopper = new Shopper(server.siteUrl()).from(newAddress());
        shopper.register(newEmail("redeemer"), "secret123");
        Document cart = shopper.submit(shopper.open("/"), "form[action=/cart/add]", "quantity", "1");
        for (int i = 1; i <= 5; i++) {
            cart = shopper.submit(cart, "form.loyalty-redeem-form", "points", "9999999");
            assertThat(cart.selectFirst(".loyalty-redeem-error").text()).as("attempt " + i)
                    .doesNotStartWith("Too many attempts.");
        }

        cart = shopper.submit(cart, "form.loyalty-redeem-form", "points", "50");

        assertThat(cart.selectFirst(".loyalty-redeem-error").text()).startsWith("Too many attempts.");
        assertThat(cart.select(".loyalty-redeem-applied")).as("nothing applied while locked").isEmpty();
        Thread.sleep(3100);
        cart = shopper.submit(shopper.open("/cart"), "form.loyalty-redeem-form", "points", "50");
        assertThat(cart.select(".loyalty-redeem-error")).isEmpty();
        assertThat(cart.select(".loyalty-redeem-applied")).isNotEmpty();
    }

    @Test
    void shouldAnswerTheApisRedemptionLoopWith429AndRetryAfter() throws Exception {
        Shopper shopper = new Shopper(server.siteUrl()).from(newAddress());
        shopper.register(newEmail("api"), "secret123");
        shopper.submit(shopper.open("/"), "form[action=/cart/add]", "quantity", "1");
        String csrf = JSON.readTree(shopper.api(Connection.Method.GET, "/me", null).body()).path("csrfToken").asText();
        for (int i = 1; i <= 5; i++) {
            Connection.Response refused = shopper.api(Connection.Method.POST, "/me/cart/points",
                    "{\"points\": 9999999}", "X-CSRF-Token", csrf);
            assertThat(refused.statusCode()).as("attempt " + i).isEqualTo(400);
        }

        Connection.Response locked = shopper.api(Connection.Method.POST, "/me/cart/points", "{\"points\": 50}",
                "X-CSRF-Token", csrf, "Accept-Language", "ro-RO");

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 3L);
        JsonNode error = JSON.readTree(locked.body());
        assertThat(error.path("error").asText()).isEqualTo("too_many_attempts");
        assertThat(error.path("message").asText()).isEqualTo("Prea multe încercări. Încearcă din nou peste 1 minut.");
        Connection.Response rewards = shopper.api(Connection.Method.POST, "/me/cart/rewards", "{\"rewardId\": 1}",
                "X-CSRF-Token", csrf);
        assertThat(rewards.statusCode()).as("rewards are redemptions too").isEqualTo(429);

        Thread.sleep(Long.parseLong(locked.header("Retry-After")) * 1000 + 100);
        Connection.Response applied = shopper.api(Connection.Method.POST, "/me/cart/points", "{\"points\": 50}",
                "X-CSRF-Token", csrf);
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
    }

    /**
     * The figures of the report: how many guesses a loop gets checked in a few seconds without and with the throttle,
     * and the statements the throttle adds to a successful and to a failed login.
     */
    @Test
    void shouldMeasureTheGuessingRateAndTheStatementsPerLogin() throws Exception {
        ThrottleServiceImpl throttle = siteThrottle();
        String email = newEmail("measured");
        new Shopper(server.siteUrl()).from(newAddress()).register(email, "secret123");

        throttle.setEnabled(false);
        long[] without;
        try {
            without = guessFor(email, newAddress(), 5000);
        } finally {
            throttle.setEnabled(true);
        }
        String lockedAccount = newEmail("measured-locked");
        new Shopper(server.siteUrl()).from(newAddress()).register(lockedAccount, "secret123");
        // This shop's 3-second lock would end inside the loop: measure with the default policy (5 in 15 minutes).
        ThrottlePolicy shortLock = throttle.getAccountPolicy();
        throttle.setAccountPolicy(ThrottlePolicy.of(5, 900, 900, 14400));
        long[] with;
        try {
            with = guessFor(lockedAccount, newAddress(), 5000);
        } finally {
            throttle.setAccountPolicy(shortLock);
        }
        LOG.info(String.format("Guessing loop, one account, one address: without throttle %d attempts in %d ms"
                + " (%d/min, every one checked); with throttle %d attempts in %d ms (%d/min), %d checked",
                without[0], without[2], without[0] * 60000 / without[2], with[0], with[2], with[0] * 60000 / with[2],
                with[1]));
        assertThat(without[1]).as("without the throttle every guess is checked").isEqualTo(without[0]);
        assertThat(with[1]).as("with the throttle, 5 guesses are checked and the rest refused").isEqualTo(5);

        Statistics statistics = statistics();
        statistics.setStatisticsEnabled(true);
        try {
            // What the throttle itself prepares: read both counters; then forget the account's, or count both.
            String account = newEmail("counted");
            String address = newAddress();
            long success = statementsOf(statistics, () -> {
                throttle.check(ThrottleKind.LOGIN, account, address);
                throttle.recordSuccess(ThrottleKind.LOGIN, account);
            });
            long firstFailure = statementsOf(statistics, () -> {
                throttle.check(ThrottleKind.LOGIN, account, address);
                throttle.recordFailure(ThrottleKind.LOGIN, account, address);
            });
            long laterFailure = statementsOf(statistics, () -> {
                throttle.check(ThrottleKind.LOGIN, account, address);
                throttle.recordFailure(ThrottleKind.LOGIN, account, address);
            });
            // And whole login requests (form post and the page landed on), alternately without and with it.
            StringBuilder requests = new StringBuilder();
            for (int round = 0; round < 3; round++) {
                for (boolean enabled : new boolean[] {false, true}) {
                    throttle.setEnabled(enabled);
                    Shopper shopper = new Shopper(server.siteUrl()).from(newAddress());
                    shopper.open("/login");
                    long in = statementsOf(statistics, () -> shopper.logIn(email, "secret123"));
                    Shopper wrong = new Shopper(server.siteUrl()).from(newAddress());
                    wrong.open("/login");
                    long out = statementsOf(statistics, () -> wrong.logIn(email, "wrong" + System.nanoTime()));
                    requests.append(enabled ? " with: " : " without: ").append(in).append(" / ").append(out)
                            .append(';');
                }
            }
            throttle.setEnabled(true);
            LOG.info("Statements the throttle prepares per login: success " + success + ", failure " + firstFailure
                    + " (new counters) or " + laterFailure + " (existing ones). Whole login requests (success / failure),"
                    + requests);
            assertThat(success).as("a successful login: one SELECT, one DELETE").isEqualTo(2);
            assertThat(firstFailure).as("a failure: one SELECT, then per counter a locked read and an INSERT")
                    .isEqualTo(5);
            assertThat(laterFailure).as("a failure: one SELECT, then per counter a locked read and an UPDATE")
                    .isEqualTo(5);
        } finally {
            throttle.setEnabled(true);
            statistics.setStatisticsEnabled(false);
        }
    }

    /** Attempts made, attempts whose password was checked, and milliseconds taken. */
    private static long[] guessFor(String email, String address, long millis) throws IOException {
        Shopper guesser = new Shopper(server.siteUrl()).from(address);
        guesser.open("/login");
        long attempts = 0;
        long checked = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            guesser.logIn(email, "guess" + attempts);
            attempts++;
            if (guesser.lastUrl().contains("error=true")) {
                checked++;
            }
            elapsed = (System.nanoTime() - start) / 1_000_000;
        } while (elapsed < millis);
        // The fifth wrong guess is checked, counted and answered as the lock.
        return new long[] {attempts, checked + (attempts > 4 && checked == 4 ? 1 : 0), elapsed};
    }

    private interface Action {
        void run() throws IOException;
    }

    private static long statementsOf(Statistics statistics, Action action) throws IOException {
        long before = statistics.getPrepareStatementCount();
        action.run();
        return statistics.getPrepareStatementCount() - before;
    }

    private static Statistics statistics() {
        EntityManagerFactory factory = (EntityManagerFactory) server.shop().siteContext()
                .getBean("entityManagerFactory");
        SessionFactory sessions = ((HibernateEntityManagerFactory) factory).getSessionFactory();
        return sessions.getStatistics();
    }

    private static ThrottleServiceImpl siteThrottle() throws Exception {
        ApplicationContext context = server.shop().siteContext();
        Object bean = context.getBean("blLoyaltyThrottleService");
        while (bean instanceof Advised) {
            bean = ((Advised) bean).getTargetSource().getTarget();
        }
        return (ThrottleServiceImpl) bean;
    }

    private static Connection.Response adminLogIn(String user, String password, String address) throws IOException {
        return adminLogIn(adminLoginPage(address), user, password, address);
    }

    private static Connection.Response adminLoginPage(String address) throws IOException {
        return Jsoup.connect(server.adminUrl() + "/login").header("X-Forwarded-For", address).execute();
    }

    private static Connection.Response adminLogIn(Connection.Response loginPage, String user, String password,
            String address) throws IOException {
        Document form = loginPage.parse();
        return Jsoup.connect(server.adminUrl() + "/login_admin_post").followRedirects(false).ignoreHttpErrors(true)
                .method(Connection.Method.POST).cookie(ADMIN_COOKIE, loginPage.cookie(ADMIN_COOKIE))
                .header("X-Forwarded-For", address)
                .data("csrfToken", form.selectFirst("input[name=csrfToken]").val())
                .data("j_username", user).data("j_password", password).execute();
    }
}
