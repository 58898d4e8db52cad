package com.broadleafloyalty.redemption.service;

import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyProgram;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.ledger.service.PostingResult;
import com.broadleafloyalty.redemption.core.RedemptionKind;
import com.broadleafloyalty.redemption.core.RedemptionRefusedException;
import com.broadleafloyalty.redemption.dao.RedemptionDao;
import com.broadleafloyalty.redemption.dao.RewardItemDao;
import com.broadleafloyalty.redemption.domain.Redemption;
import com.broadleafloyalty.redemption.domain.RedemptionStatus;
import com.broadleafloyalty.redemption.domain.RewardItem;
import com.broadleafloyalty.support.event.LoyaltyEvent;
import com.broadleafloyalty.support.event.LoyaltyEventPublisher;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.offer.domain.OrderAdjustment;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The ledger side of {@link RedemptionService}: checkout consumes an order's redemptions (debits their points, takes
 * reward stock) exactly once, a failed checkout gives it all back, a cancelled order gets its points and stock back
 * once. Every change runs under the customer's account lock, in the database, so shop nodes never interleave.
 */
public class RedemptionCheckout {

    @Resource(name = "blLoyaltyRedemptionDao")
    protected RedemptionDao redemptions;

    @Resource(name = "blLoyaltyRewardItemDao")
    protected RewardItemDao items;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

    @Resource(name = "blLoyaltyEventPublisher")
    protected LoyaltyEventPublisher events;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** See {@link RedemptionService#consume}. */
    @Transactional("blTransactionManager")
    public List<Long> consume(Order order) {
        List<Long> consumed = new ArrayList<Long>();
        if (order.getCustomer() == null) {
            return consumed;
        }
        ledger.lockAccount(order.getCustomer().getId());
        // Read after the lock, refreshed: a checkout of the same cart on another node may have consumed them.
        List<Redemption> all = redemptions.readByOrder(order.getId());
        for (Redemption redemption : all) {
            redemptions.refresh(redemption);
        }
        Map<Long, OrderItem> freeLines = FreeLines.of(order);
        checkFreeLines(all, freeLines);
        BigDecimal pointsDiscount = pointsDiscountOn(order);
        Redemption points = RedemptionServiceImpl.find(all, RedemptionKind.POINTS, null);
        if (pointsDiscount.signum() != 0 && (points == null || points.getStatus() != RedemptionStatus.RESERVED
                || points.getAmount().compareTo(pointsDiscount) != 0)) {
            // Released meanwhile (abandoned-cart timeout): no discount nobody paid for.
            throw new RedemptionRefusedException("loyalty.redeem.checkout.pointsReleased");
        }
        for (Redemption redemption : all) {
            if (redemption.getKind() == RedemptionKind.REWARD && redemption.getStatus() == RedemptionStatus.RESERVED
                    && consumeReward(order, redemption, freeLines)) {
                consumed.add(redemption.getId());
            }
        }
        if (pointsDiscount.signum() != 0) {
            ledger.debit(RedemptionPostings.debit(points, label(order), null, program.getRedemptionRate()));
            RedemptionLifecycle.consume(redemptions, points);
            consumed.add(points.getId());
        }
        return consumed;
    }

    /** See {@link RedemptionService#undoConsumption}. */
    @Transactional("blTransactionManager")
    public void undoConsumption(List<Long> redemptionIds) {
        for (Long id : redemptionIds) {
            Redemption redemption = redemptions.readById(id);
            if (redemption == null || redemption.getStatus() != RedemptionStatus.CONSUMED) {
                continue;
            }
            PointsLedgerEntry entry = ledger.entryFor(RedemptionPostings.sourceType(redemption),
                    RedemptionPostings.sourceId(redemption), PointsEntryType.REDEEM);
            if (entry != null) {
                ledger.revoke(entry.getId());
            }
            if (redemption.isStockTaken()) {
                items.giveOneUnitBack(redemption.getRewardItemId());
                redemption.setStockTaken(false);
            }
            RedemptionLifecycle.undoConsumption(redemptions, redemption);
        }
    }

    /** See {@link RedemptionService#restoreForCancelledOrder}. */
    @Transactional("blTransactionManager")
    public long restoreForCancelledOrder(Order order, String actor) {
        Date now = SystemTime.asDate();
        long restored = 0;
        // The points by the order's debit, not by its redemption: orders redeemed before the redemptions shared a
        // table have a debit and no row.
        PointsLedgerEntry pointsDebit = ledger.entryFor(PointsLedgerEntry.SOURCE_REDEMPTION, order.getId(),
                PointsEntryType.REDEEM);
        if (pointsDebit != null) {
            PostingResult result = ledger.credit(Posting.of(order.getCustomer().getId(), PointsEntryType.RESTORE,
                    -pointsDebit.getPoints(), PointsLedgerEntry.SOURCE_CANCELLATION, order.getId())
                    .order(order.getId()).actor(actor)
                    .reason("Points redeemed on cancelled order " + label(order) + " given back")
                    .availability(now, program.expiresAt(now)));
            restored += result.isAlreadyRecorded() ? 0 : -pointsDebit.getPoints();
        }
        for (Redemption redemption : redemptions.readByOrder(order.getId())) {
            if (redemption.getKind() != RedemptionKind.REWARD || redemption.getStatus() != RedemptionStatus.CONSUMED) {
                continue;
            }
            PostingResult result = ledger.credit(Posting.of(redemption.getCustomerId(), PointsEntryType.RESTORE,
                    redemption.getPoints(), PointsLedgerEntry.SOURCE_REWARD, redemption.getId())
                    .order(order.getId()).actor(actor)
                    .reason("Points of a reward redeemed on cancelled order " + label(order) + " given back")
                    .availability(now, program.expiresAt(now)));
            if (!result.isAlreadyRecorded()) {
                restored += redemption.getPoints();
                if (redemption.isStockTaken()) {
                    items.giveOneUnitBack(redemption.getRewardItemId());
                    redemption.setStockTaken(false);
                    redemptions.save(redemption);
                }
            }
        }
        return restored;
    }

    /** Debits the reward and takes its unit of stock; false when its free line left the cart (then it is released). */
    private boolean consumeReward(Order order, Redemption redemption, Map<Long, OrderItem> freeLines) {
        if (redemption.getOrderItemId() != null && !freeLines.containsKey(redemption.getId())) {
            // The shopper took the free line out of the cart: nothing to pay for.
            RedemptionLifecycle.release(redemptions, redemption);
            return false;
        }
        RewardItem item = items.read(redemption.getRewardItemId());
        String name = item == null ? "#" + redemption.getRewardItemId() : item.getName();
        if (!items.takeOneUnit(redemption.getRewardItemId())) {
            throw new RedemptionRefusedException("loyalty.redeem.checkout.outOfStock", name);
        }
        redemption.setStockTaken(item != null && item.getStock() != null);
        ledger.debit(RedemptionPostings.debit(redemption, label(order), name, program.getRedemptionRate()));
        RedemptionLifecycle.consume(redemptions, redemption);
        if (events.wants(LoyaltyEvent.REWARD_REDEEMED)) {
            events.publish(em, LoyaltyEvent.of(LoyaltyEvent.REWARD_REDEEMED, redemption.getCustomerId(),
                    "rewardItemId", redemption.getRewardItemId(), "reward", name, "points", redemption.getPoints(),
                    "orderId", order.getId()));
        }
        return true;
    }

    /** Every zero-priced reward line must belong to a live reward, once. */
    private static void checkFreeLines(List<Redemption> all, Map<Long, OrderItem> freeLines) {
        for (Map.Entry<Long, OrderItem> line : freeLines.entrySet()) {
            Redemption owner = byId(all, line.getKey());
            if (owner == null || owner.getStatus() == RedemptionStatus.RELEASED) {
                throw new RedemptionRefusedException("loyalty.redeem.checkout.rewardReleased",
                        line.getValue().getName());
            }
            if (line.getValue().getQuantity() != 1) {
                throw new RedemptionRefusedException("loyalty.redeem.checkout.rewardQuantity",
                        line.getValue().getName());
            }
        }
    }

    private static BigDecimal pointsDiscountOn(Order order) {
        BigDecimal total = BigDecimal.ZERO;
        for (OrderAdjustment adjustment : order.getOrderAdjustments()) {
            if (RedemptionOffers.kindOf(adjustment) == RedemptionKind.POINTS) {
                total = total.add(adjustment.getValue().getAmount());
            }
        }
        return total;
    }

    private static Redemption byId(List<Redemption> all, Long id) {
        for (Redemption redemption : all) {
            if (redemption.getId().equals(id)) {
                return redemption;
            }
        }
        return null;
    }

    private static String label(Order order) {
        return String.valueOf(order.getOrderNumber() != null ? order.getOrderNumber() : order.getId());
    }
}
