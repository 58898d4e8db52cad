package com.broadleafloyalty.redemption.broadleaf;

import com.broadleafloyalty.redemption.core.RedemptionKind;
import com.broadleafloyalty.redemption.service.RedemptionDiscount;
import com.broadleafloyalty.redemption.service.RedemptionOffers;
import com.broadleafloyalty.redemption.service.RedemptionService;
import com.broadleafloyalty.support.config.LoyaltySwitch;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OrderAdjustment;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

import javax.annotation.Resource;

/**
 * The pricing step of the cart's redemptions, registered at two positions of Broadleaf's pricing workflow because
 * Broadleaf prices in two passes that need them. {@link Stage#DISCOUNTS} (after Broadleaf's offers, before items are
 * priced at 3000) turns the redemptions into order adjustments, so the item proration, the tax and the payment
 * amount all see them; Broadleaf's offer engine drops adjustments it did not compute, so this runs at every
 * repricing. {@link Stage#SHIPPING} (after the shipping offers at 6000, which would otherwise price shipping again,
 * before tax at 7000) makes an order carrying a free-shipping reward ship for nothing. Both only translate between
 * the order and {@link RedemptionService}.
 */
public class PriceRedemptionsActivity extends BaseActivity<ProcessContext<Order>> {

    /** Which pass of Broadleaf's pricing this registration serves. */
    public enum Stage {
        DISCOUNTS, SHIPPING
    }

    @Resource(name = "blLoyaltyRedemptionService")
    protected RedemptionService redemptionService;

    @Resource(name = "blLoyaltyRedemptionOffers")
    protected RedemptionOffers offers;

    @Resource(name = "blOfferDao")
    protected OfferDao offerDao;

    @Resource(name = "blLoyaltySwitch")
    protected LoyaltySwitch loyaltySwitch;

    private Stage stage = Stage.DISCOUNTS;

    @Override
    public boolean shouldExecute(ProcessContext<Order> context) {
        return loyaltySwitch.isEnabled();
    }

    @Override
    public ProcessContext<Order> execute(ProcessContext<Order> context) throws Exception {
        Order order = context.getSeedData();
        if (stage == Stage.SHIPPING) {
            if (redemptionService.shipsFree(order)) {
                shipForNothing(order);
            }
            return context;
        }
        removeRedemptionAdjustments(order);
        Map<RedemptionKind, Offer> offerOf = new EnumMap<RedemptionKind, Offer>(RedemptionKind.class);
        for (RedemptionDiscount discount : redemptionService.discountsFor(order)) {
            Offer offer = offerOf.get(discount.getKind());
            if (offer == null) {
                offer = offers.offerFor(discount.getKind());
                offerOf.put(discount.getKind(), offer);
            }
            OrderAdjustment adjustment = offerDao.createOrderAdjustment();
            adjustment.init(order, offer, discount.getReason());
            adjustment.setValue(new Money(discount.getAmount(), order.getCurrency()));
            order.getOrderAdjustments().add(adjustment);
        }
        return context;
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }

    private static void removeRedemptionAdjustments(Order order) {
        Iterator<OrderAdjustment> adjustments = order.getOrderAdjustments().iterator();
        while (adjustments.hasNext()) {
            if (RedemptionOffers.kindOf(adjustments.next()) != null) {
                adjustments.remove();
            }
        }
    }

    private static void shipForNothing(Order order) {
        Money zero = new Money(BigDecimal.ZERO, order.getCurrency());
        for (FulfillmentGroup group : order.getFulfillmentGroups()) {
            group.setShippingPrice(zero);
        }
        order.setTotalFulfillmentCharges(zero);
    }
}
