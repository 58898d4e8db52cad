package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.audience.CustomerEarningRules;
import com.broadleafloyalty.broadleaf.order.OrderEarningInput;
import com.broadleafloyalty.core.ledger.PointsEntryType;
import com.broadleafloyalty.core.rules.EarningCalculation;
import com.broadleafloyalty.core.rules.EarningRate;
import com.broadleafloyalty.core.rules.EarningRule;
import com.broadleafloyalty.core.rules.PointsAward;
import com.broadleafloyalty.ledger.dao.PointsLedgerDao;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

public class LoyaltyPointsServiceImpl implements LoyaltyPointsService {

    private static final Log LOG = LogFactory.getLog(LoyaltyPointsServiceImpl.class);

    @Resource(name = "blLoyaltyPointsLedgerDao")
    protected PointsLedgerDao ledgerDao;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

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

    @Override
    @Transactional("blTransactionManager")
    public PointsLedgerEntry awardPointsForOrder(Order order) {
        PostingResult result = awardOrder(order);
        return result == null ? null : result.getEntry();
    }

    @Override
    @Transactional("blTransactionManager")
    public PostingResult awardOrder(Order order) {
        Customer customer = order.getCustomer();
        if (customer == null || !customer.isRegistered()) {
            LOG.debug("Order " + order.getId() + " was placed by a guest: no points awarded");
            return null;
        }
        // No pre-read for an existing award: the ledger checks the source under the account lock.
        PointsAward award = calculate(order);
        if (award == null || award.getPoints() == 0) {
            return null;
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
                .availability(availableFrom, program.expiresAt(availableFrom));
        return ledger.credit(posting);
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
    public long pointsEarnedForOrder(Long orderId) {
        PointsLedgerEntry entry = ledgerDao.readBySource(PointsLedgerEntry.SOURCE_ORDER, orderId, PointsEntryType.EARN);
        return entry == null ? 0L : entry.getPoints();
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
        OrderEarningInput input = OrderEarningInput.of(order, rate, rules);
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
