package com.broadleafloyalty.challenge;

import com.broadleafloyalty.challenge.core.ChallengeDraft;
import com.broadleafloyalty.challenge.core.ChallengeRefusedException;
import com.broadleafloyalty.challenge.service.ChallengeBoard;
import com.broadleafloyalty.challenge.service.ChallengeService;
import com.broadleafloyalty.challenge.service.EarnedBadge;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.support.core.LoyaltyText;
import com.broadleafloyalty.support.i18n.IcuMessageSource;
import com.broadleafloyalty.support.persistence.LedgerTransactions;
import com.broadleafloyalty.support.privacy.PersonalData;
import com.broadleafloyalty.test.LedgerChecks;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.Messages;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.SwitchableFailingActivity;
import com.broadleafloyalty.test.postgres.TestDatabase;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.hibernate.Session;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Challenges on the real Broadleaf context: granted at checkout, nothing granted when the checkout or the order's
 * final save fails, caught up by the nightly job, granted once when two runs race. Every challenge here counts
 * spending in a category of its own, so no other test's customers can move it. Run again on PostgreSQL by the
 * postgresql Surefire execution, where the race test switches the in-JVM lock stripes off: the completion's unique key
 * alone must grant once, as it must across shop nodes.
 */
@Tag("postgresql")
class ChallengesIntegrationTest {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final ShopFixture shop = new ShopFixture();
    private final ChallengeService challenges = LoyaltyTestContext.bean("blLoyaltyChallengeService",
            ChallengeService.class);
    private final LoyaltyPointsService points = LoyaltyTestContext.bean("blLoyaltyPointsService",
            LoyaltyPointsService.class);
    private final CatalogService catalog = LoyaltyTestContext.bean("blCatalogService", CatalogService.class);
    private final List<Long> created = new ArrayList<Long>();
    private final IcuMessageSource texts = Messages.source("classpath:/messages/LoyaltyMessages",
            "classpath:/messages/LoyaltyChallengeMessages");
    private Category lastCategory;

    @AfterEach
    void deactivateChallenges() {
        SwitchableFailingActivity.disarm();
        for (Long id : created) {
            challenges.deactivate(id, "test-admin");
        }
    }

    @Test
    void shouldGrantTheBadgeAndTheBonusOnceWhenACheckoutCompletesTheChallenge() {
        OpenEntityManager.call(() -> {
            Category outdoor = category("Outdoor");
            Long challengeId = spendChallenge("Outdoor lover", outdoor, "200.00", 75);
            Customer customer = shop.registeredCustomer();

            shop.paidCheckout(customer, product("60.00", outdoor));
            ChallengeBoard halfway = challenges.boardOf(customer.getId());
            assertThat(halfway.getBadges()).isEmpty();
            assertThat(halfway.getActive()).filteredOn(s -> s.getChallengeId().equals(challengeId))
                    .singleElement().satisfies(status -> {
                        assertThat(status.getPercent()).isEqualTo(30);
                        assertThat(english(status.getProgressText()))
                                .isEqualTo("$60.00 of $200.00 spent in " + outdoor.getName());
                    });

            shop.paidCheckout(customer, product("150.00", outdoor));
            shop.paidCheckout(customer, product("500.00", outdoor));

            List<EarnedBadge> badges = challenges.badgesOf(customer.getId());
            assertThat(badges).extracting(EarnedBadge::getChallengeName).containsExactly("Outdoor lover");
            assertThat(badges.get(0).getBadgeKey()).isEqualTo("loyalty.challenge.badge.CATEGORY_FAN");
            assertThat(challengeBonuses(customer.getId())).containsExactly(75L);
            assertThat(challenges.boardOf(customer.getId()).getActive())
                    .noneMatch(s -> s.getChallengeId().equals(challengeId));
            assertThat(challenges.completionCounts().get(challengeId)).isEqualTo(1L);
            assertThat(LedgerChecks.mismatchesOf(customer.getId())).isEmpty();
            return null;
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldExportTheBadgesAndUnlinkThemFromOrdersOnErasure() {
        PersonalData badges = LoyaltyTestContext.bean("blLoyaltyChallengePersonalData", PersonalData.class);
        Long[] ids = OpenEntityManager.call(() -> {
            Category camping = category("Camping");
            Long challengeId = spendChallenge("Camper", camping, "20.00", 0);
            Customer customer = shop.registeredCustomer();
            Order order = shop.paidCheckout(customer, product("25.00", camping));
            return new Long[] {customer.getId(), challengeId, order.getId()};
        });

        List<Map<String, Object>> exported = (List<Map<String, Object>>) badges.export(ids[0]);
        long erased = new TransactionTemplate(LoyaltyTestContext.bean("blTransactionManager",
                PlatformTransactionManager.class)).execute(status -> badges.erase(ids[0]));
        List<Map<String, Object>> after = (List<Map<String, Object>>) badges.export(ids[0]);

        assertThat(badges.section()).isEqualTo("challenges");
        assertThat(exported).singleElement().satisfies(badge -> {
            assertThat(badge.get("challengeId")).isEqualTo(ids[1]);
            assertThat(badge.get("orderId")).isEqualTo(ids[2]);
        });
        assertThat(erased).isEqualTo(1L);
        assertThat(after).singleElement().satisfies(badge -> assertThat(badge.get("orderId")).isNull());
        assertThat(challenges.badgesOf(ids[0])).hasSize(1);
    }

    @Test
    void shouldGrantNothingWhenALaterActivityFailsTheCheckout() {
        OpenEntityManager.call(() -> {
            Category kitchen = category("Kitchen");
            spendChallenge("Chef", kitchen, "50.00", 30);
            Customer customer = shop.registeredCustomer();
            Order cart = shop.payInFull(shop.cart(customer, 1, product("80.00", kitchen)));
            SwitchableFailingActivity.failNextCheckout();

            assertThatThrownBy(() -> shop.checkout(cart)).isInstanceOf(CheckoutException.class);

            assertThat(challenges.badgesOf(customer.getId())).isEmpty();
            assertThat(challengeBonuses(customer.getId())).isEmpty();
            assertThat(LedgerChecks.mismatchesOf(customer.getId())).isEmpty();
            return null;
        });
    }

    @Test
    void shouldGrantNothingWhenTheOrdersFinalSaveFails() {
        OpenEntityManager.call(() -> {
            Category garden = category("Garden");
            spendChallenge("Green thumb", garden, "50.00", 30);
            Customer customer = shop.registeredCustomer();
            Order cart = shop.payInFull(shop.cart(customer, 1, product("80.00", garden)));
            SwitchableFailingActivity.failNextFinalSave();

            assertThatThrownBy(() -> shop.checkout(cart)).isInstanceOf(Exception.class);

            assertThat(challenges.badgesOf(customer.getId())).isEmpty();
            assertThat(challengeBonuses(customer.getId())).isEmpty();
            return null;
        });
    }

    @Test
    void shouldCatchUpACompletionInTheNightlyJobAndGrantItOnce() throws Exception {
        Customer customer = OpenEntityManager.call(() -> ordersIn("Books", "40.00", "45.00"));
        // Defined after the orders: no checkout saw it, only the nightly job can grant it.
        spendChallenge("Bookworm", lastCategory, "80.00", 40);

        int first = challenges.evaluateEveryone();
        int second = challenges.evaluateEveryone();

        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(second).isZero();
        assertThat(challenges.badgesOf(customer.getId())).extracting(EarnedBadge::getChallengeName)
                .containsExactly("Bookworm");
        assertThat(challengeBonuses(customer.getId())).containsExactly(40L);
        assertThat(LedgerChecks.mismatchesOf(customer.getId())).isEmpty();
    }

    @Test
    void shouldGrantOnceWhenTwoRunsRaceForTheSameCustomer() throws Exception {
        List<Customer> customers = new ArrayList<Customer>();
        for (int i = 0; i < 4; i++) {
            String newCategory = i == 0 ? "Toys" : null;
            customers.add(OpenEntityManager.call(() -> ordersIn(newCategory, "30.00")));
        }
        spendChallenge("Playful", lastCategory, "25.00", 10);
        LedgerTransactions transactions = LoyaltyTestContext.bean("blLoyaltyLedgerTransactions",
                LedgerTransactions.class);
        // H2 1.4 answers two concurrent inserts of one key with "concurrent update" instead of waiting: there the
        // stripes stay on, as in a shop; on PostgreSQL only the database's unique key stands between the two runs.
        transactions.setLocalLocking(TestDatabase.selected() != TestDatabase.Kind.POSTGRESQL);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<Future<Integer>>();
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit((Callable<Integer>) () -> {
                    start.await();
                    int granted = 0;
                    for (Customer customer : customers) {
                        granted += challenges.evaluate(customer.getId());
                    }
                    return granted;
                }));
            }
            assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(customers.size());
        } finally {
            nodes.shutdownNow();
            transactions.setLocalLocking(true);
        }
        for (Customer customer : customers) {
            assertThat(challenges.badgesOf(customer.getId())).hasSize(1);
            assertThat(challengeBonuses(customer.getId())).containsExactly(10L);
            assertThat(LedgerChecks.mismatchesOf(customer.getId())).isEmpty();
        }
    }

    @Test
    void shouldCostTwoSelectsAtCheckoutWithAnOpenChallengeAndNoneWithout() {
        OpenEntityManager.call(() -> {
            Category tools = category("Tools");
            Long challengeId = spendChallenge("Handy", tools, "500.00", 10);
            Customer customer = shop.registeredCustomer();
            shop.paidCheckout(customer, product("10.00", tools));
            Order cart = shop.payInFull(shop.cart(customer, 1, product("10.00", tools)));
            challenges.evaluateAtCheckout(cart); // loads the open challenges and the cart's lines, as a checkout has
            Statistics statistics = statistics();

            long before = statistics.getPrepareStatementCount();
            challenges.evaluateAtCheckout(cart);
            long withChallenge = statistics.getPrepareStatementCount() - before;

            challenges.deactivate(challengeId, "test-admin");
            challenges.evaluateAtCheckout(cart); // reloads the (now empty) list of open challenges once
            before = statistics.getPrepareStatementCount();
            challenges.evaluateAtCheckout(cart);
            long withoutChallenge = statistics.getPrepareStatementCount() - before;

            assertThat(withChallenge).isEqualTo(2);
            assertThat(withoutChallenge).isZero();
            return null;
        });
    }

    @Test
    void shouldRefuseABadChallengeAndSaveNothing() {
        String name = "Refused " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
        ChallengeDraft bad = draft(name, "CATEGORY_SPEND", "-3", "ROLLING_DAYS");
        bad.categoryId = "99999999";
        ChallengeDraft unknownCategory = draft(name, "CATEGORY_SPEND", "30.00", "ROLLING_DAYS");
        unknownCategory.categoryId = "99999999";

        ChallengeRefusedException refused = Messages.refusal(() -> challenges.save(null, bad, "test-admin"),
                ChallengeRefusedException.class);
        ChallengeRefusedException unknown = Messages.refusal(
                () -> challenges.save(null, unknownCategory, "test-admin"), ChallengeRefusedException.class);

        assertThat(refused.getProblems()).extracting(LoyaltyText::getKey)
                .containsExactly("loyalty.challenge.refused.moneyGoal");
        assertThat(english(unknown.getText())).isEqualTo("There is no category with id 99999999.");
        assertThat(challenges.challenges()).noneMatch(c -> name.equals(c.getName()));
    }

    /** A new customer with one paid order per price, in a new category (or, with no name, the last one). */
    private Customer ordersIn(String newCategory, String... prices) throws Exception {
        if (newCategory != null) {
            lastCategory = category(newCategory);
        }
        Customer customer = shop.registeredCustomer();
        for (String price : prices) {
            shop.paidCheckout(customer, product(price, lastCategory));
        }
        return customer;
    }

    private Long spendChallenge(String name, Category category, String goal, long bonus) {
        ChallengeDraft draft = draft(name, "CATEGORY_SPEND", goal, "ROLLING_DAYS");
        draft.categoryId = String.valueOf(category.getId());
        draft.bonusPoints = String.valueOf(bonus);
        Long id = challenges.save(null, draft, "test-admin").getId();
        created.add(id);
        return id;
    }

    private static ChallengeDraft draft(String name, String type, String goal, String window) {
        ChallengeDraft draft = new ChallengeDraft();
        draft.name = name;
        draft.ruleType = type;
        draft.goal = goal;
        draft.windowType = window;
        draft.days = "30";
        return draft;
    }

    private Category category(String name) {
        long n = SEQUENCE.incrementAndGet();
        Category category = catalog.createCategory();
        category.setName(name + " " + n + "-" + System.nanoTime() % 100000);
        category.setUrl("/challenge-category-" + n + "-" + System.nanoTime());
        category.setActiveStartDate(new Date(946_684_800_000L));
        return catalog.saveCategory(category);
    }

    private Sku product(String price, Category category) {
        Sku sku = shop.productPriced(price);
        Product product = sku.getDefaultProduct();
        product.setDefaultCategory(category);
        return catalog.saveProduct(product).getDefaultSku();
    }

    private static Statistics statistics() {
        EntityManagerFactory emf = LoyaltyTestContext.bean("entityManagerFactory", EntityManagerFactory.class);
        EntityManager em = emf.createEntityManager();
        try {
            Statistics statistics = ((Session) em.getDelegate()).getSessionFactory().getStatistics();
            statistics.setStatisticsEnabled(true);
            return statistics;
        } finally {
            em.close();
        }
    }

    private String english(LoyaltyText text) {
        return texts.getMessage(text.getKey(), text.getArguments(), Messages.ENGLISH);
    }

    private List<Long> challengeBonuses(Long customerId) {
        List<Long> bonuses = new ArrayList<Long>();
        for (PointsLedgerEntry entry : points.getLedger(customerId)) {
            if (ChallengeService.SOURCE_CHALLENGE.equals(entry.getSourceType())) {
                bonuses.add(entry.getPoints());
            }
        }
        return bonuses;
    }
}
