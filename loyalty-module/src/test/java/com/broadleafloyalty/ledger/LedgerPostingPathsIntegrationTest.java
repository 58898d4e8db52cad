package com.broadleafloyalty.ledger;

import com.broadleafloyalty.ledger.broadleaf.OrderEarningInput;
import com.broadleafloyalty.ledger.core.CategoryMultiplier;
import com.broadleafloyalty.ledger.core.ClawbackPolicy;
import com.broadleafloyalty.ledger.core.EarningRule;
import com.broadleafloyalty.ledger.core.OrderLine;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.dao.LoyaltyAccountDao;
import com.broadleafloyalty.ledger.domain.LoyaltyAccount;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.ledger.service.PostingResult;
import com.broadleafloyalty.test.LedgerChecks;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's shortened write paths (credit folded into the account lock, queries that do not flush, work in a
 * persistence context of its own) keep every guarantee: one entry per source, debt paid first, a posting sees the
 * earlier postings of its transaction, the caller's persistence context never shows a stale balance.
 */
class LedgerPostingPathsIntegrationTest {

    private static final AtomicLong SOURCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final ShopFixture shop = new ShopFixture();
    private final PointsLedger ledger = LoyaltyTestContext.bean("blLoyaltyPointsLedger", PointsLedger.class);
    private final LoyaltyAccountDao accounts = LoyaltyTestContext.bean("blLoyaltyAccountDao", LoyaltyAccountDao.class);
    private final TransactionTemplate transaction = new TransactionTemplate(
            LoyaltyTestContext.bean("blTransactionManager", PlatformTransactionManager.class));

    @Test
    void shouldRecordACreditOnceWhenItsSourceIsPostedAgain() {
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        long source = SOURCE.incrementAndGet();

        PostingResult written = ledger.credit(bonus(customer, 40, source));
        PostingResult again = ledger.credit(bonus(customer, 40, source));
        PostingResult inOneTransaction = transaction.execute(status -> ledger.credit(bonus(customer, 40, source)));

        assertThat(written.isAlreadyRecorded()).isFalse();
        assertThat(again.isAlreadyRecorded()).isTrue();
        assertThat(again.getEntry().getId()).isEqualTo(written.getEntry().getId());
        assertThat(inOneTransaction.isAlreadyRecorded()).isTrue();
        assertThat(ledger.balance(customer.getId())).isEqualTo(40);
        assertThat(ledger.position(customer.getId(), 0).getAvailable()).isEqualTo(40);
        assertThat(LedgerChecks.mismatchesOf(customer.getId())).isEmpty();
    }

    @Test
    void shouldPayDebtFirstWhenCreditingAnAccountThatOwesPoints() {
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        ledger.credit(bonus(customer, 100, SOURCE.incrementAndGet()));
        ledger.debit(Posting.of(customer.getId(), PointsEntryType.REDEEM, 100, PointsLedgerEntry.SOURCE_REDEMPTION,
                SOURCE.incrementAndGet()).reason("Spent"));
        ledger.clawback(Posting.of(customer.getId(), PointsEntryType.CLAWBACK, 50, PointsLedgerEntry.SOURCE_RETURN,
                SOURCE.incrementAndGet()).reason("Returned"), ClawbackPolicy.ALLOW_NEGATIVE);

        ledger.credit(bonus(customer, 30, SOURCE.incrementAndGet()));

        LoyaltyAccount account = transaction.execute(status -> accounts.readAccount(customer.getId()));
        assertThat(account.getDebt()).isEqualTo(20);
        assertThat(account.getBalance()).isEqualTo(-20);
        assertThat(ledger.position(customer.getId(), 0).getAvailable()).isZero();
        ledger.credit(bonus(customer, 25, SOURCE.incrementAndGet()));
        assertThat(ledger.balance(customer.getId())).isEqualTo(5);
        assertThat(ledger.position(customer.getId(), 0).getAvailable()).isEqualTo(5);
        assertThat(LedgerChecks.mismatchesOf(customer.getId())).isEmpty();
    }

    @Test
    void shouldLetAPostingSeeTheEarlierPostingsOfItsTransaction() {
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);

        long available = transaction.execute(status -> {
            ledger.credit(bonus(customer, 50, SOURCE.incrementAndGet()));
            ledger.credit(bonus(customer, 20, SOURCE.incrementAndGet()));
            ledger.debit(Posting.of(customer.getId(), PointsEntryType.REDEEM, 60,
                    PointsLedgerEntry.SOURCE_REDEMPTION, SOURCE.incrementAndGet()).reason("Spent"));
            ledger.credit(bonus(customer, 5, SOURCE.incrementAndGet()));
            return ledger.position(customer.getId(), 0).getAvailable();
        });

        assertThat(available).isEqualTo(15);
        assertThat(ledger.balance(customer.getId())).isEqualTo(15);
        assertThat(LedgerChecks.mismatchesOf(customer.getId())).isEmpty();
    }

    @Test
    void shouldCreditAnAccountTheTransactionHasAlreadyLoaded() {
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        ledger.credit(bonus(customer, 10, SOURCE.incrementAndGet()));

        long balance = transaction.execute(status -> {
            LoyaltyAccount loaded = accounts.readAccount(customer.getId());
            assertThat(loaded.getBalance()).isEqualTo(10);
            ledger.credit(bonus(customer, 7, SOURCE.incrementAndGet()));
            ledger.debit(Posting.of(customer.getId(), PointsEntryType.REDEEM, 12,
                    PointsLedgerEntry.SOURCE_REDEMPTION, SOURCE.incrementAndGet()).reason("Spent"));
            return accounts.readAccount(customer.getId()).getBalance();
        });

        assertThat(balance).isEqualTo(5);
        assertThat(ledger.balance(customer.getId())).isEqualTo(5);
        assertThat(LedgerChecks.mismatchesOf(customer.getId())).isEmpty();
    }

    @Test
    void shouldNotShowTheRequestAStaleBalanceAfterAPostingOutsideItsTransaction() {
        long[] balances = OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            ledger.credit(bonus(customer, 10, SOURCE.incrementAndGet()));
            long before = ledger.balance(customer.getId());
            ledger.credit(bonus(customer, 15, SOURCE.incrementAndGet()));
            long after = ledger.balance(customer.getId());
            ledger.debit(Posting.of(customer.getId(), PointsEntryType.REDEEM, 20,
                    PointsLedgerEntry.SOURCE_REDEMPTION, SOURCE.incrementAndGet()).reason("Spent"));
            return new long[] {before, after, ledger.balance(customer.getId()),
                    ledger.position(customer.getId(), 0).getAvailable()};
        });

        assertThat(balances).containsExactly(10, 25, 5, 5);
    }

    @Test
    void shouldReadCategoriesOnlyWhenACategoryRuleNeedsThem() {
        OpenEntityManager.call(() -> {
            Sku tent = shop.productPriced("50.00");
            CatalogService catalog = LoyaltyTestContext.bean("blCatalogService", CatalogService.class);
            Category category = catalog.createCategory();
            category.setName("Tents " + SOURCE.incrementAndGet());
            category = catalog.saveCategory(category);
            Product product = tent.getDefaultProduct();
            product.setDefaultCategory(category);
            catalog.saveProduct(product);
            Long categoryId = category.getId();
            Order cart = shop.cart(shop.registeredCustomer(), 1, tent);
            Order order = shop.reload(cart);

            OrderLine without = OrderEarningInput.of(order, BigDecimal.ONE, Collections.<EarningRule>emptyList(),
                    Collections.<Long>emptySet())
                    .getLines().get(0);
            OrderLine with = OrderEarningInput.of(order, BigDecimal.ONE, Collections.<EarningRule>singletonList(
                    new CategoryMultiplier(categoryId, new BigDecimal("2"), 1)), Collections.<Long>emptySet()).getLines().get(0);

            assertThat(without.getCategoryIds()).isEmpty();
            assertThat(with.getCategoryIds()).contains(categoryId);
            return null;
        });
    }

    private static Posting bonus(Customer customer, long points, Long sourceId) {
        return Posting.of(customer.getId(), PointsEntryType.BONUS, points, PointsLedgerEntry.SOURCE_ADMIN, sourceId)
                .reason("Test bonus");
    }
}
