package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.ledger.broadleaf.NonEarningProducts;
import com.broadleafloyalty.ledger.broadleaf.OrderEarningInput;
import com.broadleafloyalty.ledger.core.EarningCalculation;
import com.broadleafloyalty.ledger.core.EarningRate;
import com.broadleafloyalty.ledger.core.EarningRule;
import com.broadleafloyalty.ledger.core.PointsAward;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.dao.LoyaltyAccountDao;
import com.broadleafloyalty.ledger.dao.PointsLedgerDao;
import com.broadleafloyalty.ledger.domain.CompletedOrder;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.support.persistence.LedgerTransactions;
import com.broadleafloyalty.support.persistence.RequestCommit;
import com.broadleafloyalty.support.persistence.SeparatePersistenceContext;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.annotation.Resource;
import javax.persistence.EntityManagerFactory;

public class LoyaltyPointsServiceImpl implements LoyaltyPointsService {

    private static final Log LOG = LogFactory.getLog(LoyaltyPointsServiceImpl.class);

    @Resource(name = "blLoyaltyPointsLedgerDao")
    protected PointsLedgerDao ledgerDao;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

    @Resource(name = "entityManagerFactory")
    protected EntityManagerFactory entityManagerFactory;

    @Resource(name = "blLoyaltyAccountDao")
    protected LoyaltyAccountDao accounts;

    @Resource(name = "blLoyaltyLedgerTransactions")
    protected LedgerTransactions transactions;

    @Resource(name = "blLoyaltyNonEarningProducts")
    protected NonEarningProducts nonEarningProducts;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    protected EarningRate earningRate = EarningRate.tenPerHundred();
    protected List<EarningRule> earningRules = Collections.emptyList();

    /** Per-customer rules (e.g. a tier's multiplier): every bean of this type, none when no feature provides one. */
    @Autowired(required = false)
    protected List<CustomerEarningRules> customerEarningRules = Collections.emptyList();

    public void setEarningRate(EarningRate earningRate) {
        this.earningRate = earningRate;
    }

    public EarningRate getEarningRate() {
        return earningRate;
    }

    public void setEarningRules(List<EarningRule> earningRules) {
        this.earningRules = earningRules;
    }

    @Override
    public BigDecimal qualifyingAmount(Order order) {
        PointsAward award = calculate(order);
        return award == null ? BigDecimal.ZERO : award.getQualifyingAmount();
    }

    @Override
    public long previewPoints(Order order) {
        PointsAward award = calculate(order);
        return award == null ? 0L : award.getPoints();
    }

    /**
     * No transaction of its own: the ledger writes in one of its own, retried when another thread or shop node
     * creates the customer's account or posts the same order at the same moment (joining a caller's transaction
     * would turn that race into a failure).
     */
    @Override
    public PointsLedgerEntry awardPointsForOrder(Order order) {
        PostingResult result = awardOrder(order);
        return result == null ? null : result.getEntry();
    }

    /**
     * Not one transaction: the award is calculated from the order as the request loaded it, then the ledger writes
     * it in a transaction of its own (retried on a lock conflict), in a persistence context of its own when the
     * checkout runs outside a transaction, as Broadleaf's does (see {@link SeparatePersistenceContext}).
     */
    @Override
    public PostingResult awardOrder(Order order) {
        OrderAward award = prepare(order);
        return award == null ? null : postNow(award);
    }

    /**
     * In a storefront request the award joins the transaction of Broadleaf's final save of the submitted order
     * ({@link CommitBoundAward}); elsewhere, and when the request already holds the customer's account, it is
     * {@link #awardOrder}.
     */
    @Override
    public PendingAward awardWithCheckout(Order order) {
        OrderAward award = prepare(order);
        if (award == null) {
            return PendingAward.NOTHING_TO_UNDO;
        }
        Long customerId = award.customerId;
        if (accounts.isLoaded(customerId) || !RequestCommit.isAvailable(entityManagerFactory)) {
            return PendingAward.written(postNow(award));
        }
        CommitBoundAward pending = award.posting == null
                ? CommitBoundAward.counting(ledger, transactions, customerId, award.completed)
                : CommitBoundAward.crediting(ledger, transactions, award.posting);
        RequestCommit.register(entityManagerFactory, pending);
        return pending;
    }

    /** Posts the award at once; null when it only counted the order. */
    private PostingResult postNow(OrderAward award) {
        Long customerId = award.customerId;
        if (award.posting == null) {
            writing(customerId, () -> ledger.countOrder(customerId, award.completed));
            return null;
        }
        return writing(customerId, () -> ledger.credit(award.posting));
    }

    /** What a completed order posts: its points, or (earning none) only its count in the tally; null for a guest. */
    private OrderAward prepare(Order order) {
        Customer customer = order.getCustomer();
        if (customer == null || !customer.isRegistered()) {
            LOG.debug("Order " + order.getId() + " was placed by a guest: no points awarded");
            return null;
        }
        // No pre-read for an existing award: the ledger checks the source under the account lock.
        PointsAward award = calculate(order);
        CompletedOrder completed = completedOrder(order);
        if (award == null || award.getPoints() == 0) {
            // Nothing to credit, but the order still counts in the customer's order tally (RFM segments).
            return completed == null ? null : new OrderAward(customer.getId(), null, completed);
        }
        Date now = SystemTime.asDate();
        Date availableFrom = program.availableFrom(now);
        String currency = currencyCode(order);
        Posting posting = Posting.of(customer.getId(), PointsEntryType.EARN, award.getPoints(),
                PointsLedgerEntry.SOURCE_ORDER, order.getId())
                .order(order.getId())
                .reason("Order " + (order.getOrderNumber() != null ? order.getOrderNumber() : order.getId()))
                .rule(award.getRuleDescription() + " on " + award.getQualifyingAmount().setScale(2,
                        BigDecimal.ROUND_HALF_EVEN).toPlainString() + " " + program.getBaseCurrency(),
                        award.getSnapshot().encode())
                .currency(currency, program.conversionRate(currency))
                .availability(availableFrom, program.expiresAt(availableFrom))
                .counting(completed);
        return new OrderAward(customer.getId(), posting, completed);
    }

    /** A customer's posting for an order, or only the order's count when the posting is null. */
    private static final class OrderAward {
        final Long customerId;
        final Posting posting;
        final CompletedOrder completed;

        OrderAward(Long customerId, Posting posting, CompletedOrder completed) {
            this.customerId = customerId;
            this.posting = posting;
            this.completed = completed;
        }
    }

    @Override
    @Transactional("blTransactionManager")
    public void revokeAward(Long ledgerEntryId) {
        ledger.revoke(ledgerEntryId);
    }

    @Override
    public long getBalance(Long customerId) {
        return ledger.balance(customerId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<PointsLedgerEntry> getLedger(Long customerId) {
        return ledgerDao.readForCustomer(customerId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public LedgerPage ledgerPage(Long customerId, int page, int pageSize) {
        int size = Math.max(1, pageSize);
        long total = ledgerDao.countForCustomer(customerId);
        int last = total == 0 ? 1 : (int) ((total + size - 1) / size);
        int current = Math.max(1, Math.min(page, last));
        Map<Long, String> numbers = new HashMap<Long, String>();
        List<LedgerLine> lines = new ArrayList<LedgerLine>();
        for (PointsLedgerEntry entry : ledgerDao.readForCustomer(customerId, (current - 1) * size, size)) {
            Long orderId = entry.getOrderId();
            if (orderId != null && !numbers.containsKey(orderId)) {
                Order order = orderService.findOrderById(orderId);
                numbers.put(orderId, order == null || order.getOrderNumber() == null ? String.valueOf(orderId)
                        : order.getOrderNumber());
            }
            lines.add(new LedgerLine(entry, orderId == null ? null : numbers.get(orderId)));
        }
        return new LedgerPage(lines, current, size, total);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long pointsEarnedForOrder(Long orderId) {
        PointsLedgerEntry entry = ledgerDao.readBySource(PointsLedgerEntry.SOURCE_ORDER, orderId, PointsEntryType.EARN);
        return entry == null ? 0L : entry.getPoints();
    }

    /**
     * Ledger writes of the checkout go to a persistence context of their own, unless the request's already holds the
     * customer's account (a redemption in the same checkout loaded it): that entity would go stale, so the write
     * then joins the request's context and keeps it current.
     */
    private <T> T writing(Long customerId, Supplier<T> work) {
        if (accounts.isLoaded(customerId)) {
            return work.get();
        }
        return SeparatePersistenceContext.call(entityManagerFactory, work);
    }

    /** The order as the account's tally counts it: its subtotal, placed at its submit date. */
    private static CompletedOrder completedOrder(Order order) {
        if (order.getId() == null) {
            return null;
        }
        BigDecimal amount = order.getSubTotal() == null ? BigDecimal.ZERO : order.getSubTotal().getAmount();
        Date placed = order.getSubmitDate() != null ? order.getSubmitDate() : SystemTime.asDate();
        return new CompletedOrder(order.getId(), amount, placed);
    }

    /** Null when the order's currency has no configured conversion rate: nothing is earned then. */
    protected PointsAward calculate(Order order) {
        String currency = currencyCode(order);
        BigDecimal rate = program.conversionRate(currency);
        if (rate == null) {
            LOG.error("No loyalty.currency.rates entry for " + currency + ": order " + order.getId() + " earns nothing");
            return null;
        }
        List<EarningRule> rules = rulesFor(order);
        OrderEarningInput input = OrderEarningInput.of(order, rate, rules, nonEarningProducts.ids());
        Date placed = order.getSubmitDate() != null ? order.getSubmitDate() : SystemTime.asDate();
        return EarningCalculation.calculate(input.getLines(), input.getOrderDiscount(), placed.toInstant(),
                earningRate, rules);
    }

    /** The site's rules plus those for the order's customer, when registered. */
    protected List<EarningRule> rulesFor(Order order) {
        Customer customer = order.getCustomer();
        if (customerEarningRules.isEmpty() || customer == null || !customer.isRegistered()) {
            return earningRules;
        }
        List<EarningRule> rules = new ArrayList<EarningRule>(earningRules);
        for (CustomerEarningRules source : customerEarningRules) {
            rules.addAll(source.rulesFor(customer.getId(), order));
        }
        return rules;
    }

    private static String currencyCode(Order order) {
        return order.getCurrency() != null ? order.getCurrency().getCurrencyCode() : null;
    }
}
