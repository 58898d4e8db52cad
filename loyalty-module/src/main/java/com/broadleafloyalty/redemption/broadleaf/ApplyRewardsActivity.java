package com.broadleafloyalty.redemption.broadleaf;

import com.broadleafloyalty.redemption.core.RewardDiscount;
import com.broadleafloyalty.redemption.dao.RewardRedemptionDao;
import com.broadleafloyalty.redemption.domain.RedemptionStatus;
import com.broadleafloyalty.redemption.domain.RewardItem;
import com.broadleafloyalty.redemption.domain.RewardRedemption;
import com.broadleafloyalty.redemption.domain.RewardType;
import com.broadleafloyalty.redemption.service.RedeemableAmount;
import com.broadleafloyalty.redemption.service.RewardOffer;
import com.broadleafloyalty.redemption.service.RewardRedemptionServiceImpl;
import com.broadleafloyalty.support.config.LoyaltySwitch;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OrderAdjustment;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Pricing activity (after Broadleaf's offers at 1000, before the points discount at 1500): one order adjustment per
 * reward in the cart. A discount reward takes its value (never more than the merchandise left after other discounts);
 * free shipping and free products get a 0.00 adjustment that names them. A free product whose line the shopper took
 * out of the cart has its points released here.
 */
public class ApplyRewardsActivity extends BaseActivity<ProcessContext<Order>> {

    @Resource(name = "blLoyaltyRewardRedemptionDao")
    protected RewardRedemptionDao rewards;

    @Resource(name = "blLoyaltyRewardOffer")
    protected RewardOffer rewardOffer;

    @Resource(name = "blOfferDao")
    protected OfferDao offerDao;

    @Resource(name = "blLoyaltySwitch")
    protected LoyaltySwitch loyaltySwitch;

    @Override
    public boolean shouldExecute(ProcessContext<Order> context) {
        return loyaltySwitch.isEnabled();
    }

    @Override
    public ProcessContext<Order> execute(ProcessContext<Order> context) throws Exception {
        Order order = context.getSeedData();
        removeRewardAdjustments(order);
        if (order.getId() == null || order.getCustomer() == null || !order.getCustomer().isRegistered()) {
            return context;
        }
        Map<Long, OrderItem> freeLines = null;
        Offer offer = null;
        for (RewardRedemption redemption : rewards.readByOrder(order.getId())) {
            if (redemption.getStatus() == RedemptionStatus.RELEASED) {
                continue;
            }
            if (redemption.getOrderItemId() != null && redemption.getStatus() == RedemptionStatus.RESERVED) {
                freeLines = freeLines == null ? RewardRedemptionServiceImpl.freeLines(order) : freeLines;
                if (!freeLines.containsKey(redemption.getId())) {
                    redemption.setStatus(RedemptionStatus.RELEASED);
                    redemption.setUpdatedDate(SystemTime.asDate());
                    rewards.save(redemption);
                    continue;
                }
            }
            RewardItem item = rewards.readItem(redemption.getRewardItemId());
            if (item == null || item.getRewardType() == null) {
                continue;
            }
            String type = item.getRewardType().getType();
            BigDecimal value = RewardDiscount.of(type, item.getRewardValue(), RedeemableAmount.of(order));
            String reason = RewardType.FREE_SHIPPING.getType().equals(type)
                    ? RewardOffer.FREE_SHIPPING_REASON : item.getName();
            offer = offer == null ? rewardOffer.get() : offer;
            OrderAdjustment adjustment = offerDao.createOrderAdjustment();
            adjustment.init(order, offer, reason);
            adjustment.setValue(new Money(value, order.getCurrency()));
            order.getOrderAdjustments().add(adjustment);
        }
        return context;
    }

    private static void removeRewardAdjustments(Order order) {
        Iterator<OrderAdjustment> adjustments = order.getOrderAdjustments().iterator();
        while (adjustments.hasNext()) {
            if (RewardOffer.isReward(adjustments.next())) {
                adjustments.remove();
            }
        }
    }
}
