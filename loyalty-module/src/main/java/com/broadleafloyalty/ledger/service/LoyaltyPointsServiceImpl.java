package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.core.ledger.PointsEntryType;
import com.broadleafloyalty.core.rules.EarningRate;
import com.broadleafloyalty.ledger.dao.PointsLedgerDao;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;

import javax.annotation.Resource;

public class LoyaltyPointsServiceImpl implements LoyaltyPointsService {

    private static final Log LOG = LogFactory.getLog(LoyaltyPointsServiceImpl.class);

    @Resource(name = "blLoyaltyPointsLedgerDao")
    protected PointsLedgerDao ledgerDao;

    protected EarningRate earningRate = EarningRate.tenPerHundred();

    public void setEarningRate(EarningRate earningRate) {
        this.earningRate = earningRate;
    }

    public EarningRate getEarningRate() {
        return earningRate;
    }

    @Override
    public BigDecimal qualifyingAmount(Order order) {
        Money subTotal = order.getSubTotal();
        if (subTotal == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal amount = subTotal.getAmount();
        Money orderDiscounts = order.getOrderAdjustmentsValue();
        if (orderDiscounts != null) {
            amount = amount.subtract(orderDiscounts.getAmount());
        }
        return amount.signum() < 0 ? BigDecimal.ZERO : amount;
    }

    @Override
    public long previewPoints(Order order) {
        return earningRate.pointsFor(qualifyingAmount(order));
    }

    @Override
    @Transactional("blTransactionManager")
    public PointsLedgerEntry awardPointsForOrder(Order order) {
        Customer customer = order.getCustomer();
        if (customer == null || !customer.isRegistered()) {
            LOG.debug("Order " + order.getId() + " was placed by a guest: no points awarded");
            return null;
        }
        PointsLedgerEntry existing = ledgerDao.readBySource(PointsLedgerEntry.SOURCE_ORDER, order.getId(),
                PointsEntryType.EARN);
        if (existing != null) {
            return existing;
        }
        BigDecimal amount = qualifyingAmount(order);
        long points = earningRate.pointsFor(amount);
        if (points == 0) {
            return null;
        }
        PointsLedgerEntry entry = ledgerDao.create();
        entry.setCustomerId(customer.getId());
        entry.setEntryType(PointsEntryType.EARN);
        entry.setPoints(points);
        entry.setSourceType(PointsLedgerEntry.SOURCE_ORDER);
        entry.setSourceId(order.getId());
        entry.setReason("Order " + (order.getOrderNumber() != null ? order.getOrderNumber() : order.getId()));
        entry.setRuleSnapshot(earningRate.describe() + " " + currencyCode(order) + " on "
                + amount.toPlainString());
        entry.setCreatedDate(SystemTime.asDate());
        return ledgerDao.save(entry);
    }

    @Override
    @Transactional("blTransactionManager")
    public void revokeAward(Long ledgerEntryId) {
        PointsLedgerEntry entry = ledgerDao.readById(ledgerEntryId);
        if (entry != null) {
            ledgerDao.delete(entry);
        }
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long getBalance(Long customerId) {
        return ledgerDao.sumPointsForCustomer(customerId);
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

    private static String currencyCode(Order order) {
        return order.getCurrency() != null ? order.getCurrency().getCurrencyCode() : "";
    }
}
