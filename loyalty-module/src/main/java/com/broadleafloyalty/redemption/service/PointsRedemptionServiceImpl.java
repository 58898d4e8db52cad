package com.broadleafloyalty.redemption.service;

import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyProgram;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.redemption.core.RedemptionRefusedException;
import com.broadleafloyalty.redemption.core.RedemptionRequest;
import com.broadleafloyalty.redemption.dao.PointsRedemptionDao;
import com.broadleafloyalty.redemption.dao.RewardRedemptionDao;
import com.broadleafloyalty.redemption.domain.PointsRedemption;
import com.broadleafloyalty.redemption.domain.PointsRedemptionImpl;
import com.broadleafloyalty.redemption.domain.RedemptionStatus;
import com.broadleafloyalty.support.persistence.LedgerTransactions;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.transaction.annotation.Transactional;

import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

public class PointsRedemptionServiceImpl implements PointsRedemptionService {

    @Resource(name = "blLoyaltyPointsRedemptionDao")
    protected PointsRedemptionDao redemptions;

    @Resource(name = "blLoyaltyRewardRedemptionDao")
    protected RewardRedemptionDao rewardRedemptions;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blLoyaltyLedgerTransactions")
    protected LedgerTransactions transactions;

    @Override
    public Order apply(final Order cart, final String pointsInput) {
        return transactions.run(cart.getCustomer() == null ? null : cart.getCustomer().getId(),
                status -> doApply(cart, pointsInput));
    }

    protected Order doApply(Order cart, String pointsInput) {
        Customer customer = cart.getCustomer();
        if (customer == null || !customer.isRegistered()) {
            throw new RedemptionRefusedException("Log in to use your points.");
        }
        // Serializes with every other change to this account, on any node: the check and the reservation are one step.
        ledger.lockAccount(customer.getId());
        long available = availableFor(cart);
        long points = RedemptionRequest.validate(pointsInput, available, RedeemableAmount.of(cart),
                program.getRedemptionRate());
        PointsRedemption redemption = redemptions.readByOrder(cart.getId());
        Date now = SystemTime.asDate();
        if (redemption == null) {
            redemption = new PointsRedemptionImpl();
            redemption.setOrderId(cart.getId());
            redemption.setCustomerId(customer.getId());
            redemption.setCreatedDate(now);
        }
        redemption.setPoints(points);
        redemption.setAmount(program.getRedemptionRate().valueOf(points));
        redemption.setStatus(RedemptionStatus.RESERVED);
        redemption.setUpdatedDate(now);
        redemptions.save(redemption);
        return reprice(cart);
    }

    @Override
    @Transactional("blTransactionManager")
    public Order remove(Order cart) {
        release(redemptions.readByOrder(cart.getId()));
        return reprice(cart);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public PointsRedemption redemptionFor(Long orderId) {
        PointsRedemption redemption = redemptions.readByOrder(orderId);
        return redemption == null || redemption.getStatus() == RedemptionStatus.RELEASED ? null : redemption;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long availableFor(Order cart) {
        Long customerId = cart.getCustomer().getId();
        // Rewards redeemed on any cart (this one too) hold their points; this cart's own points amount is replaced.
        long reserved = redemptions.sumReserved(customerId, cart.getId()) + rewardRedemptions.sumReserved(customerId);
        return ledger.position(customerId, reserved).getAvailable();
    }

    @Override
    @Transactional("blTransactionManager")
    public PointsLedgerEntry consume(Order order) {
        PointsRedemption redemption = redemptions.readByOrder(order.getId());
        if (redemption == null || redemption.getStatus() == RedemptionStatus.RELEASED) {
            return null;
        }
        Posting posting = Posting.of(redemption.getCustomerId(), PointsEntryType.REDEEM, redemption.getPoints(),
                PointsLedgerEntry.SOURCE_REDEMPTION, order.getId())
                .order(order.getId())
                .reason("Redeemed on order " + (order.getOrderNumber() != null ? order.getOrderNumber() : order.getId())
                        + " for " + redemption.getAmount().setScale(2).toPlainString())
                .rule(program.getRedemptionRate().describe(), null);
        PointsLedgerEntry entry = ledger.debit(posting).getEntry();
        redemption.setStatus(RedemptionStatus.CONSUMED);
        redemption.setUpdatedDate(SystemTime.asDate());
        redemptions.save(redemption);
        return entry;
    }

    @Override
    @Transactional("blTransactionManager")
    public void undoConsumption(Long orderId, Long ledgerEntryId) {
        if (ledgerEntryId != null) {
            ledger.revoke(ledgerEntryId);
        }
        PointsRedemption redemption = redemptions.readByOrder(orderId);
        if (redemption != null && redemption.getStatus() == RedemptionStatus.CONSUMED) {
            redemption.setStatus(RedemptionStatus.RESERVED);
        }
        release(redemption);
    }

    @Override
    @Transactional("blTransactionManager")
    public int releaseAbandoned() {
        Date cutoff = new Date(SystemTime.asMillis() - program.getReservationTimeoutMinutes() * 60_000L);
        List<PointsRedemption> stale = redemptions.readReservedBefore(cutoff, 500);
        for (PointsRedemption redemption : stale) {
            release(redemption);
        }
        return stale.size();
    }

    private void release(PointsRedemption redemption) {
        if (redemption != null && redemption.getStatus() == RedemptionStatus.RESERVED) {
            redemption.setStatus(RedemptionStatus.RELEASED);
            redemption.setUpdatedDate(SystemTime.asDate());
            redemptions.save(redemption);
        }
    }

    private Order reprice(Order cart) {
        try {
            return orderService.save(cart, true);
        } catch (PricingException e) {
            throw new IllegalStateException("Repricing cart " + cart.getId() + " after a points change failed", e);
        }
    }
}
