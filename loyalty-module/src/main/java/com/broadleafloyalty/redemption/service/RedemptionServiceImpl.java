package com.broadleafloyalty.redemption.service;

import com.broadleafloyalty.ledger.service.LoyaltyProgram;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.redemption.core.PointsDiscount;
import com.broadleafloyalty.redemption.core.RedemptionKind;
import com.broadleafloyalty.redemption.core.RedemptionRefusedException;
import com.broadleafloyalty.redemption.core.RedemptionRequest;
import com.broadleafloyalty.redemption.core.RewardDiscount;
import com.broadleafloyalty.redemption.core.RewardItemRules;
import com.broadleafloyalty.redemption.core.ShrinkToFitPolicy;
import com.broadleafloyalty.redemption.dao.RedemptionDao;
import com.broadleafloyalty.redemption.dao.RewardItemDao;
import com.broadleafloyalty.redemption.domain.Redemption;
import com.broadleafloyalty.redemption.domain.RedemptionImpl;
import com.broadleafloyalty.redemption.domain.RedemptionStatus;
import com.broadleafloyalty.redemption.domain.RewardItem;
import com.broadleafloyalty.redemption.domain.RewardItemImpl;
import com.broadleafloyalty.redemption.domain.RewardType;
import com.broadleafloyalty.support.persistence.LedgerTransactions;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.offer.domain.OrderAdjustment;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/**
 * The shopper's side of the machine (reserve, remove, what a cart holds), its pricing and its release job. Checkout
 * and cancellation, which move points in the ledger, are {@link RedemptionCheckout}'s.
 */
public class RedemptionServiceImpl implements RedemptionService {

    @Resource(name = "blLoyaltyRedemptionDao")
    protected RedemptionDao redemptions;

    @Resource(name = "blLoyaltyRewardItemDao")
    protected RewardItemDao items;

    @Resource(name = "blLoyaltyRedemptionCheckout")
    protected RedemptionCheckout checkout;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blLoyaltyLedgerTransactions")
    protected LedgerTransactions transactions;

    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Override
    public Order applyPoints(final Order cart, final String pointsInput) {
        final Customer customer = registered(cart, "loyalty.redeem.points.loginRequired");
        return transactions.run(customer.getId(), status -> {
            // Serializes with every change to the account, on any node: the check and the reservation are one step.
            ledger.lockAccount(customer.getId());
            long points = RedemptionRequest.validate(pointsInput, availableFor(cart), RedeemableAmount.of(cart),
                    program.getRedemptionRate());
            reserve(cart, redemptions.readByOrder(cart.getId()), RedemptionKind.POINTS, null, points,
                    program.getRedemptionRate().valueOf(points));
            return reprice(cart);
        });
    }

    @Override
    public Order redeemReward(final Order cart, final String rewardItemIdInput) {
        final Customer customer = registered(cart, "loyalty.redeem.reward.loginRequired");
        return transactions.run(customer.getId(), status -> {
            Long itemId = itemId(rewardItemIdInput);
            ledger.lockAccount(customer.getId());
            RewardItem item = items.read(itemId);
            List<Redemption> inCart = redemptions.readByOrder(cart.getId());
            checkRedeemable(cart, inCart, item);
            long available = ledger.position(customer.getId(), redemptions.sumReserved(customer.getId(), null))
                    .getAvailable();
            if (item.getPointsCost() > available) {
                throw new RedemptionRefusedException("loyalty.redeem.reward.notEnoughPoints", item.getName(),
                        item.getPointsCost(), Math.max(available, 0));
            }
            Redemption redemption = reserve(cart, inCart, RedemptionKind.REWARD, item.getId(), item.getPointsCost(),
                    null);
            Order priced = cart;
            if (RewardItemRules.PRODUCT_TYPE_CODES.contains(item.getRewardType().getType())) {
                priced = FreeLines.add(orderService, cart, item, redemption);
                redemptions.save(redemption);
            }
            return reprice(priced);
        });
    }

    @Override
    public Order removePoints(final Order cart) {
        Customer customer = cart.getCustomer();
        // Only a registered shopper's cart holds points (and has an account to lock).
        final Long customerId = customer != null && customer.isRegistered() ? customer.getId() : null;
        return transactions.run(customerId, status -> {
            if (customerId != null) {
                ledger.lockAccount(customerId);
            }
            release(find(redemptions.readByOrder(cart.getId()), RedemptionKind.POINTS, null));
            return reprice(cart);
        });
    }

    @Override
    public Order removeReward(final Order cart, final String rewardItemIdInput) {
        final Customer customer = registered(cart, "loyalty.redeem.reward.loginRequired");
        return transactions.run(customer.getId(), status -> {
            Long itemId = itemId(rewardItemIdInput);
            ledger.lockAccount(customer.getId());
            Redemption redemption = find(redemptions.readByOrder(cart.getId()), RedemptionKind.REWARD, itemId);
            Order current = cart;
            if (redemption != null && redemption.getStatus() == RedemptionStatus.RESERVED) {
                release(redemption);
                current = FreeLines.remove(orderService, cart, redemption);
            }
            return reprice(current);
        });
    }

    @Override
    public ReturnedPoints tellReturned(final Order cart) {
        final Customer customer = cart == null ? null : cart.getCustomer();
        if (cart == null || cart.getId() == null || customer == null || !customer.isRegistered()
                || untold(redemptions.readByOrder(cart.getId())).isEmpty()) {
            // The common case pays one read and no lock.
            return ReturnedPoints.nothing(cart);
        }
        return transactions.run(customer.getId(), status -> {
            ledger.lockAccount(customer.getId());
            long points = 0L;
            List<String> rewards = new ArrayList<String>();
            Order current = cart;
            for (Redemption redemption : untold(redemptions.readByOrder(cart.getId()))) {
                redemptions.refresh(redemption);
                if (redemption.getStatus() != RedemptionStatus.RELEASED || !redemption.isReturnUntold()) {
                    continue;
                }
                points += redemption.getPoints();
                if (redemption.getKind() == RedemptionKind.REWARD) {
                    RewardItem item = items.read(redemption.getRewardItemId());
                    rewards.add(item == null ? String.valueOf(redemption.getRewardItemId()) : item.getName());
                    current = FreeLines.remove(orderService, current, redemption);
                }
                RedemptionLifecycle.told(redemptions, redemption);
            }
            // Repriced: the returned points' discount and the rewards' adjustments leave the cart's totals.
            return new ReturnedPoints(points, rewards, reprice(current));
        });
    }

    private static List<Redemption> untold(List<Redemption> all) {
        List<Redemption> untold = new ArrayList<Redemption>();
        for (Redemption redemption : all) {
            if (redemption.getStatus() == RedemptionStatus.RELEASED && redemption.isReturnUntold()) {
                untold.add(redemption);
            }
        }
        return untold;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<Redemption> redemptionsFor(Long orderId) {
        List<Redemption> live = new ArrayList<Redemption>();
        for (Redemption redemption : redemptions.readByOrder(orderId)) {
            if (redemption.getStatus() != RedemptionStatus.RELEASED) {
                live.add(redemption);
            }
        }
        return live;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Redemption pointsRedemptionFor(Long orderId) {
        Redemption points = find(redemptions.readByOrder(orderId), RedemptionKind.POINTS, null);
        return points == null || points.getStatus() == RedemptionStatus.RELEASED ? null : points;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long availableFor(Order cart) {
        Long customerId = cart.getCustomer().getId();
        return ledger.position(customerId, redemptions.sumReserved(customerId, cart.getId())).getAvailable();
    }

    @Override
    public List<RedemptionDiscount> discountsFor(Order order) {
        List<RedemptionDiscount> discounts = new ArrayList<RedemptionDiscount>();
        Customer customer = order.getCustomer();
        if (order.getId() == null || customer == null || !customer.isRegistered()) {
            // Only a registered shopper redeems: a guest's cart pays no query at repricing.
            return discounts;
        }
        BigDecimal left = RedeemableAmount.beforeRedemptions(order);
        Map<Long, OrderItem> freeLines = null;
        Redemption points = null;
        for (Redemption redemption : redemptions.readByOrder(order.getId())) {
            if (redemption.getStatus() == RedemptionStatus.RELEASED) {
                continue;
            }
            if (redemption.getKind() == RedemptionKind.POINTS) {
                points = redemption;
                continue;
            }
            if (redemption.getOrderItemId() != null && redemption.getStatus() == RedemptionStatus.RESERVED) {
                freeLines = freeLines == null ? FreeLines.of(order) : freeLines;
                if (!freeLines.containsKey(redemption.getId())) {
                    // The shopper took the free product out of the cart: its points are free again.
                    release(redemption);
                    continue;
                }
            }
            RewardItem item = items.read(redemption.getRewardItemId());
            if (item == null || item.getRewardType() == null) {
                continue;
            }
            String type = item.getRewardType().getType();
            BigDecimal value = RewardDiscount.of(type, item.getRewardValue(), left);
            left = left.subtract(value);
            discounts.add(new RedemptionDiscount(RedemptionKind.REWARD, RewardType.FREE_SHIPPING.getType().equals(type)
                    ? RedemptionOffers.FREE_SHIPPING_REASON : item.getName(), value));
        }
        if (points != null) {
            BigDecimal amount = fitted(points, left).getAmount();
            if (amount.signum() > 0) {
                discounts.add(new RedemptionDiscount(RedemptionKind.POINTS, RedemptionOffers.POINTS_NAME, amount));
            }
        }
        return discounts;
    }

    @Override
    public boolean shipsFree(Order order) {
        for (OrderAdjustment adjustment : order.getOrderAdjustments()) {
            if (RedemptionOffers.isFreeShipping(adjustment)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Long> consume(Order order) {
        return checkout.consume(order);
    }

    @Override
    public void undoConsumption(List<Long> redemptionIds) {
        checkout.undoConsumption(redemptionIds);
    }

    @Override
    public long restoreForCancelledOrder(Order order, String actor) {
        return checkout.restoreForCancelledOrder(order, actor);
    }

    @Override
    @Transactional("blTransactionManager")
    public int releaseAbandoned() {
        // Without the account locks: the conditional UPDATE leaves alone what a checkout consumed meanwhile.
        Date now = SystemTime.asDate();
        Date cutoff = new Date(now.getTime() - program.getReservationTimeoutMinutes() * 60_000L);
        return redemptions.releaseIfStillReserved(redemptions.readReservedBefore(cutoff, 500), now);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<RewardItem> catalog() {
        return items.readActive();
    }

    @Override
    public RewardItem createItem() {
        return new RewardItemImpl();
    }

    @Override
    @Transactional("blTransactionManager")
    public RewardItem saveItem(RewardItem item) {
        return items.save(item);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countItems() {
        return items.count();
    }

    /** The cart's redemption of this kind (and item), new or reused, RESERVED with these points, saved. */
    private Redemption reserve(Order cart, List<Redemption> inCart, RedemptionKind kind, Long rewardItemId, long points,
            BigDecimal amount) {
        Redemption redemption = find(inCart, kind, rewardItemId);
        Date now = SystemTime.asDate();
        if (redemption == null) {
            redemption = new RedemptionImpl();
            redemption.setKind(kind);
            redemption.setOrderId(cart.getId());
            redemption.setCustomerId(cart.getCustomer().getId());
            redemption.setRewardItemId(rewardItemId);
            redemption.setCreatedDate(now);
        }
        redemption.setPoints(points);
        redemption.setAmount(amount);
        redemption.setStatus(RedemptionStatus.RESERVED);
        redemption.setStockTaken(false);
        redemption.setOrderItemId(null);
        redemption.setUpdatedDate(now);
        return redemptions.save(redemption);
    }

    /** The refusals of a reward the shopper may not redeem in this cart. */
    private void checkRedeemable(Order cart, List<Redemption> inCart, RewardItem item) {
        if (item == null || !item.isActive() || item.getRewardType() == null) {
            throw new RedemptionRefusedException("loyalty.redeem.reward.unavailable");
        }
        if (item.getStock() != null && item.getStock() <= 0) {
            throw new RedemptionRefusedException("loyalty.redeem.reward.outOfStock", item.getName());
        }
        Redemption same = find(inCart, RedemptionKind.REWARD, item.getId());
        if (same != null && same.getStatus() != RedemptionStatus.RELEASED) {
            throw new RedemptionRefusedException("loyalty.redeem.reward.alreadyInCart", item.getName());
        }
        String type = item.getRewardType().getType();
        boolean discount = RewardItemRules.FIXED_DISCOUNT.equals(type) || RewardItemRules.PERCENT_DISCOUNT.equals(type);
        if (discount && RedeemableAmount.of(cart).signum() <= 0) {
            throw new RedemptionRefusedException("loyalty.redeem.reward.emptyCart", item.getName());
        }
        if (RewardType.FREE_SHIPPING.equals(item.getRewardType()) && hasFreeShipping(inCart)) {
            throw new RedemptionRefusedException("loyalty.redeem.reward.freeShippingTwice");
        }
    }

    private boolean hasFreeShipping(List<Redemption> inCart) {
        for (Redemption other : inCart) {
            if (other.getKind() == RedemptionKind.REWARD && other.getStatus() == RedemptionStatus.RESERVED) {
                RewardItem item = items.read(other.getRewardItemId());
                if (item != null && RewardType.FREE_SHIPPING.equals(item.getRewardType())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The points discount this reservation still gives; shrunk and saved when the cart is now worth less. */
    private PointsDiscount fitted(Redemption points, BigDecimal redeemable) {
        PointsDiscount reserved = new PointsDiscount(points.getPoints(), points.getAmount());
        if (points.getStatus() != RedemptionStatus.RESERVED) {
            return reserved;
        }
        PointsDiscount fitted = new ShrinkToFitPolicy(program.getRedemptionRate()).fit(reserved, redeemable);
        if (!fitted.equals(reserved)) {
            points.setPoints(fitted.getPoints());
            points.setAmount(fitted.getAmount());
            redemptions.save(points);
        }
        return fitted;
    }

    private void release(Redemption redemption) {
        RedemptionLifecycle.release(redemptions, redemption);
    }

    private Order reprice(Order cart) {
        try {
            return orderService.save(cart, true);
        } catch (PricingException e) {
            throw new IllegalStateException("Repricing cart " + cart.getId() + " after a redemption change failed", e);
        }
    }

    static Redemption find(List<Redemption> all, RedemptionKind kind, Long rewardItemId) {
        for (Redemption redemption : all) {
            if (redemption.getKind() == kind && (kind == RedemptionKind.POINTS
                    || redemption.getRewardItemId().equals(rewardItemId))) {
                return redemption;
            }
        }
        return null;
    }

    private static Customer registered(Order cart, String refusalKey) {
        Customer customer = cart == null ? null : cart.getCustomer();
        if (customer == null || !customer.isRegistered()) {
            throw new RedemptionRefusedException(refusalKey);
        }
        return customer;
    }

    private static Long itemId(String input) {
        // ASCII digits only: Long.valueOf would also take '１' or '١'.
        String text = input == null ? "" : input.trim();
        if (!text.matches("-?[0-9]{1,18}")) {
            throw new RedemptionRefusedException("loyalty.redeem.reward.choose");
        }
        return Long.valueOf(text);
    }
}
