package com.broadleafloyalty.redemption.service;

import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyProgram;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.ledger.service.PostingResult;
import com.broadleafloyalty.redemption.core.RedemptionRefusedException;
import com.broadleafloyalty.redemption.core.RewardItemRules;
import com.broadleafloyalty.redemption.dao.PointsRedemptionDao;
import com.broadleafloyalty.redemption.dao.RewardRedemptionDao;
import com.broadleafloyalty.redemption.domain.RedemptionStatus;
import com.broadleafloyalty.redemption.domain.RewardItem;
import com.broadleafloyalty.redemption.domain.RewardItemImpl;
import com.broadleafloyalty.redemption.domain.RewardRedemption;
import com.broadleafloyalty.redemption.domain.RewardRedemptionImpl;
import com.broadleafloyalty.redemption.domain.RewardType;
import com.broadleafloyalty.support.persistence.LedgerTransactions;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.exception.AddToCartException;
import org.broadleafcommerce.core.order.service.exception.RemoveFromCartException;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

public class RewardRedemptionServiceImpl implements RewardRedemptionService {

    @Resource(name = "blLoyaltyRewardRedemptionDao")
    protected RewardRedemptionDao rewards;

    @Resource(name = "blLoyaltyPointsRedemptionDao")
    protected PointsRedemptionDao pointsRedemptions;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blLoyaltyLedgerTransactions")
    protected LedgerTransactions transactions;

    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Override
    public RewardItem createItem() {
        return new RewardItemImpl();
    }

    @Override
    @Transactional("blTransactionManager")
    public RewardItem saveItem(RewardItem item) {
        return rewards.saveItem(item);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countItems() {
        return rewards.countItems();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<RewardItem> catalog() {
        return rewards.readActiveItems();
    }

    @Override
    public Order redeem(final Order cart, final String rewardItemIdInput) {
        final Customer customer = registered(cart);
        return transactions.run(customer.getId(), status -> doRedeem(cart, customer, rewardItemIdInput));
    }

    protected Order doRedeem(Order cart, Customer customer, String rewardItemIdInput) {
        Long itemId = itemId(rewardItemIdInput);
        // Serializes with every other change to this account, on any node: the check and the reservation are one step.
        ledger.lockAccount(customer.getId());
        RewardItem item = rewards.readItem(itemId);
        if (item == null || !item.isActive() || item.getRewardType() == null) {
            throw new RedemptionRefusedException("This reward is not available: choose one from the reward catalog.");
        }
        if (item.getStock() != null && item.getStock() <= 0) {
            throw new RedemptionRefusedException("\"" + item.getName() + "\" is out of stock.");
        }
        RewardRedemption redemption = rewards.read(cart.getId(), item.getId());
        if (redemption != null && redemption.getStatus() != RedemptionStatus.RELEASED) {
            throw new RedemptionRefusedException("\"" + item.getName() + "\" is already in your cart.");
        }
        String type = item.getRewardType().getType();
        if (isDiscount(type) && RedeemableAmount.of(cart).signum() <= 0) {
            throw new RedemptionRefusedException("Add products to your cart first: \"" + item.getName()
                    + "\" is a discount on them.");
        }
        if (RewardType.FREE_SHIPPING.getType().equals(type) && hasFreeShipping(cart.getId())) {
            throw new RedemptionRefusedException("Your cart already has free shipping.");
        }
        long reserved = pointsRedemptions.sumReserved(customer.getId(), null) + rewards.sumReserved(customer.getId());
        long available = ledger.position(customer.getId(), reserved).getAvailable();
        if (item.getPointsCost() > available) {
            throw new RedemptionRefusedException("\"" + item.getName() + "\" costs " + item.getPointsCost()
                    + " points; you have " + Math.max(available, 0) + " available.");
        }
        Date now = SystemTime.asDate();
        if (redemption == null) {
            redemption = new RewardRedemptionImpl();
            redemption.setOrderId(cart.getId());
            redemption.setCustomerId(customer.getId());
            redemption.setRewardItemId(item.getId());
            redemption.setCreatedDate(now);
        }
        redemption.setPoints(item.getPointsCost());
        redemption.setStatus(RedemptionStatus.RESERVED);
        redemption.setStockTaken(false);
        redemption.setOrderItemId(null);
        redemption.setUpdatedDate(now);
        redemption = rewards.save(redemption);
        Order priced = cart;
        if (RewardItemRules.PRODUCT_TYPE_CODES.contains(type)) {
            priced = addFreeLine(cart, item, redemption);
        }
        return reprice(priced);
    }

    @Override
    public Order remove(final Order cart, final String rewardItemIdInput) {
        final Customer customer = registered(cart);
        return transactions.run(customer.getId(), status -> {
            Long itemId = itemId(rewardItemIdInput);
            ledger.lockAccount(customer.getId());
            RewardRedemption redemption = rewards.read(cart.getId(), itemId);
            Order current = cart;
            if (redemption != null && redemption.getStatus() == RedemptionStatus.RESERVED) {
                release(redemption);
                current = removeFreeLine(cart, redemption);
            }
            return reprice(current);
        });
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<RewardRedemption> redemptionsFor(Long orderId) {
        List<RewardRedemption> live = new ArrayList<RewardRedemption>();
        for (RewardRedemption redemption : rewards.readByOrder(orderId)) {
            if (redemption.getStatus() != RedemptionStatus.RELEASED) {
                live.add(redemption);
            }
        }
        return live;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long reservedPoints(Long customerId) {
        return rewards.sumReserved(customerId);
    }

    @Override
    @Transactional("blTransactionManager")
    public List<Long> consume(Order order) {
        List<Long> consumed = new ArrayList<Long>();
        Customer customer = order.getCustomer();
        if (customer == null) {
            return consumed;
        }
        ledger.lockAccount(customer.getId());
        // Read after the lock, refreshed: a checkout of the same cart on another node may have consumed them.
        List<RewardRedemption> all = rewards.readByOrder(order.getId());
        Map<Long, OrderItem> freeLines = freeLines(order);
        for (RewardRedemption redemption : all) {
            rewards.refresh(redemption);
        }
        for (Map.Entry<Long, OrderItem> line : freeLines.entrySet()) {
            RewardRedemption owner = find(all, line.getKey());
            if (owner == null || owner.getStatus() == RedemptionStatus.RELEASED) {
                throw new IllegalStateException("The reward \"" + line.getValue().getName() + "\" in your cart is no "
                        + "longer reserved; please remove it or redeem it again.");
            }
            if (line.getValue().getQuantity() != 1) {
                throw new IllegalStateException("A reward gives one \"" + line.getValue().getName()
                        + "\": set its quantity back to 1.");
            }
        }
        for (RewardRedemption redemption : all) {
            if (redemption.getStatus() != RedemptionStatus.RESERVED) {
                continue;
            }
            RewardItem item = rewards.readItem(redemption.getRewardItemId());
            String name = item == null ? "reward " + redemption.getRewardItemId() : item.getName();
            if (redemption.getOrderItemId() != null && !freeLines.containsKey(redemption.getId())) {
                // The shopper took the free line out of the cart: nothing to pay for.
                release(redemption);
                continue;
            }
            if (!rewards.takeOneUnit(redemption.getRewardItemId())) {
                throw new IllegalStateException("Sorry, \"" + name + "\" has just run out of stock; please remove it "
                        + "from your cart.");
            }
            redemption.setStockTaken(item != null && item.getStock() != null);
            ledger.debit(Posting.of(redemption.getCustomerId(), PointsEntryType.REDEEM, redemption.getPoints(),
                    PointsLedgerEntry.SOURCE_REWARD, redemption.getId())
                    .order(order.getId())
                    .reason("Reward \"" + name + "\" on order " + label(order))
                    .rule("reward item " + redemption.getRewardItemId() + " for " + redemption.getPoints() + " points",
                            null));
            redemption.setStatus(RedemptionStatus.CONSUMED);
            redemption.setUpdatedDate(SystemTime.asDate());
            rewards.save(redemption);
            consumed.add(redemption.getId());
        }
        return consumed;
    }

    @Override
    @Transactional("blTransactionManager")
    public void undoConsumption(List<Long> redemptionIds) {
        for (Long id : redemptionIds) {
            RewardRedemption redemption = rewards.readById(id);
            if (redemption == null || redemption.getStatus() != RedemptionStatus.CONSUMED) {
                continue;
            }
            PointsLedgerEntry entry = ledger.entryFor(PointsLedgerEntry.SOURCE_REWARD, id, PointsEntryType.REDEEM);
            if (entry != null) {
                ledger.revoke(entry.getId());
            }
            if (redemption.isStockTaken()) {
                rewards.giveOneUnitBack(redemption.getRewardItemId());
                redemption.setStockTaken(false);
            }
            redemption.setStatus(RedemptionStatus.RESERVED);
            release(redemption);
        }
    }

    @Override
    @Transactional("blTransactionManager")
    public long restoreForCancelledOrder(Order order, String actor) {
        long restored = 0;
        Date now = SystemTime.asDate();
        for (RewardRedemption redemption : rewards.readByOrder(order.getId())) {
            if (redemption.getStatus() != RedemptionStatus.CONSUMED) {
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
                    rewards.giveOneUnitBack(redemption.getRewardItemId());
                    redemption.setStockTaken(false);
                    rewards.save(redemption);
                }
            }
        }
        return restored;
    }

    @Override
    @Transactional("blTransactionManager")
    public int releaseAbandoned() {
        Date cutoff = new Date(SystemTime.asMillis() - program.getReservationTimeoutMinutes() * 60_000L);
        List<RewardRedemption> stale = rewards.readReservedBefore(cutoff, 500);
        for (RewardRedemption redemption : stale) {
            release(redemption);
        }
        return stale.size();
    }

    /** The cart's zero-priced reward lines, by the redemption they belong to. */
    public static Map<Long, OrderItem> freeLines(Order order) {
        Map<Long, OrderItem> lines = new HashMap<Long, OrderItem>();
        for (OrderItem item : order.getOrderItems()) {
            if (isFreeLine(item) && item.getOrderItemAttributes() != null
                    && item.getOrderItemAttributes().containsKey(LINE_ATTRIBUTE)) {
                String value = item.getOrderItemAttributes().get(LINE_ATTRIBUTE).getValue();
                lines.put(Long.valueOf(value), item);
            }
        }
        return lines;
    }

    /** A line priced at zero by an override: the only kind of line a reward adds (checked without a query). */
    public static boolean isFreeLine(OrderItem item) {
        return item.isSalePriceOverride() && item.getSalePrice() != null && item.getSalePrice().isZero();
    }

    private Order addFreeLine(Order cart, RewardItem item, RewardRedemption redemption) {
        Product product = item.getProduct();
        if (product == null || product.getDefaultSku() == null) {
            throw new RedemptionRefusedException("\"" + item.getName() + "\" is not available right now.");
        }
        OrderItemRequestDTO request = new OrderItemRequestDTO();
        // By product, not by SKU, with the attribute: Broadleaf then never merges the free line with a paid one.
        request.setProductId(product.getId());
        request.setQuantity(1);
        request.getItemAttributes().put(LINE_ATTRIBUTE, String.valueOf(redemption.getId()));
        Money zero = new Money(BigDecimal.ZERO, cart.getCurrency());
        request.setOverrideSalePrice(zero);
        request.setOverrideRetailPrice(zero);
        Order updated;
        try {
            updated = orderService.addItemWithPriceOverrides(cart.getId(), request, false);
        } catch (AddToCartException e) {
            throw new RedemptionRefusedException("\"" + item.getName() + "\" is not available right now.");
        }
        Map<Long, OrderItem> lines = freeLines(updated);
        OrderItem line = lines.get(redemption.getId());
        if (line == null) {
            throw new IllegalStateException("The free line of reward redemption " + redemption.getId() + " was not added");
        }
        redemption.setOrderItemId(line.getId());
        rewards.save(redemption);
        return updated;
    }

    private Order removeFreeLine(Order cart, RewardRedemption redemption) {
        OrderItem line = freeLines(cart).get(redemption.getId());
        if (line == null) {
            return cart;
        }
        try {
            return orderService.removeItem(cart.getId(), line.getId(), false);
        } catch (RemoveFromCartException e) {
            throw new IllegalStateException("Could not take the free line of reward redemption " + redemption.getId()
                    + " out of cart " + cart.getId(), e);
        }
    }

    private boolean hasFreeShipping(Long orderId) {
        for (RewardRedemption other : rewards.readByOrder(orderId)) {
            if (other.getStatus() == RedemptionStatus.RESERVED) {
                RewardItem item = rewards.readItem(other.getRewardItemId());
                if (item != null && RewardType.FREE_SHIPPING.equals(item.getRewardType())) {
                    return true;
                }
            }
        }
        return false;
    }

    private void release(RewardRedemption redemption) {
        if (redemption != null && redemption.getStatus() == RedemptionStatus.RESERVED) {
            redemption.setStatus(RedemptionStatus.RELEASED);
            redemption.setUpdatedDate(SystemTime.asDate());
            rewards.save(redemption);
        }
    }

    private Order reprice(Order cart) {
        try {
            return orderService.save(cart, true);
        } catch (PricingException e) {
            throw new IllegalStateException("Repricing cart " + cart.getId() + " after a reward change failed", e);
        }
    }

    private static RewardRedemption find(List<RewardRedemption> all, Long id) {
        for (RewardRedemption redemption : all) {
            if (redemption.getId().equals(id)) {
                return redemption;
            }
        }
        return null;
    }

    private static boolean isDiscount(String type) {
        return RewardItemRules.FIXED_DISCOUNT.equals(type) || RewardItemRules.PERCENT_DISCOUNT.equals(type);
    }

    private static Customer registered(Order cart) {
        Customer customer = cart == null ? null : cart.getCustomer();
        if (customer == null || !customer.isRegistered()) {
            throw new RedemptionRefusedException("Log in to redeem rewards with your points.");
        }
        return customer;
    }

    private static Long itemId(String input) {
        try {
            return Long.valueOf(input == null ? "" : input.trim());
        } catch (NumberFormatException e) {
            throw new RedemptionRefusedException("Choose a reward from the reward catalog.");
        }
    }

    private static String label(Order order) {
        return String.valueOf(order.getOrderNumber() != null ? order.getOrderNumber() : order.getId());
    }
}
