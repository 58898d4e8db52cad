package com.broadleafloyalty.redemption.broadleaf;

import com.broadleafloyalty.ledger.core.RedemptionRate;
import com.broadleafloyalty.ledger.service.LoyaltyProgram;
import com.broadleafloyalty.redemption.dao.PointsRedemptionDao;
import com.broadleafloyalty.redemption.domain.PointsRedemption;
import com.broadleafloyalty.redemption.domain.RedemptionStatus;
import com.broadleafloyalty.redemption.service.RedeemableAmount;
import com.broadleafloyalty.redemption.service.RedemptionOffer;
import com.broadleafloyalty.support.config.LoyaltySwitch;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.OrderAdjustment;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import java.math.BigDecimal;
import java.util.Iterator;

import javax.annotation.Resource;

/**
 * Pricing activity (after Broadleaf's offers, before items are priced and taxed): turns the cart's points
 * redemption into an order adjustment, so the order total, the tax and the payment amount all see it. Broadleaf's
 * offer engine drops adjustments it did not compute, so this runs on every repricing. When the cart shrank below the
 * redeemed value, the redemption shrinks with it (never more discount than merchandise).
 */
public class ApplyPointsRedemptionActivity extends BaseActivity<ProcessContext<Order>> {

    @Resource(name = "blLoyaltyPointsRedemptionDao")
    protected PointsRedemptionDao redemptions;

    @Resource(name = "blLoyaltyRedemptionOffer")
    protected RedemptionOffer redemptionOffer;

    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

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
        removeLoyaltyAdjustments(order);
        PointsRedemption redemption = order.getId() == null ? null : redemptions.readByOrder(order.getId());
        if (redemption == null || redemption.getStatus() == RedemptionStatus.RELEASED) {
            return context;
        }
        BigDecimal amount = redemption.getAmount();
        BigDecimal redeemable = RedeemableAmount.of(order);
        if (amount.compareTo(redeemable) > 0 && redemption.getStatus() == RedemptionStatus.RESERVED) {
            RedemptionRate rate = program.getRedemptionRate();
            long points = rate.maxPointsFor(redeemable);
            amount = rate.valueOf(points);
            redemption.setPoints(points);
            redemption.setAmount(amount);
            redemptions.save(redemption);
        }
        if (amount.signum() > 0) {
            OrderAdjustment adjustment = offerDao.createOrderAdjustment();
            adjustment.init(order, redemptionOffer.get(), RedemptionOffer.NAME);
            adjustment.setValue(new Money(amount, order.getCurrency()));
            order.getOrderAdjustments().add(adjustment);
        }
        return context;
    }

    private static void removeLoyaltyAdjustments(Order order) {
        Iterator<OrderAdjustment> adjustments = order.getOrderAdjustments().iterator();
        while (adjustments.hasNext()) {
            if (RedeemableAmount.isLoyalty(adjustments.next())) {
                adjustments.remove();
            }
        }
    }
}
