package com.broadleafloyalty.redemption.broadleaf;

import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.redemption.domain.PointsRedemption;
import com.broadleafloyalty.redemption.domain.RedemptionStatus;
import com.broadleafloyalty.redemption.service.PointsRedemptionService;
import com.broadleafloyalty.redemption.service.RedeemableAmount;
import com.broadleafloyalty.support.config.LoyaltySwitch;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.offer.domain.OrderAdjustment;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.ActivityStateManagerImpl;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Checkout activity (just before the award, order 6050): debits the points reserved for the order. The order must carry
 * exactly the discount of a live reservation; a reservation released meanwhile (abandoned-cart timeout) stops the
 * checkout instead of giving a discount nobody paid for. Any later failure undoes the debit and releases the points.
 */
public class ConsumeRedeemedPointsActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    public static final String ORDER_ID = "loyaltyRedeemedOrderId";
    public static final String ENTRY_ID = "loyaltyRedeemEntryId";

    @Resource(name = "blLoyaltyPointsRedemptionService")
    protected PointsRedemptionService redemptionService;

    @Resource(name = "blLoyaltySwitch")
    protected LoyaltySwitch loyaltySwitch;

    @Override
    public boolean shouldExecute(ProcessContext<CheckoutSeed> context) {
        return loyaltySwitch.isEnabled();
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        BigDecimal discount = loyaltyDiscount(order);
        if (discount.signum() == 0) {
            // No points discount on the order: nothing to consume (and no query on the checkout's hot path).
            return context;
        }
        PointsRedemption redemption = redemptionService.redemptionFor(order.getId());
        boolean live = redemption != null && redemption.getStatus() == RedemptionStatus.RESERVED;
        if (!live || redemption.getAmount().compareTo(discount) != 0) {
            throw new IllegalStateException("The points applied to this cart are no longer reserved; "
                    + "please review your cart and apply them again.");
        }
        PointsLedgerEntry entry = redemptionService.consume(order);
        Map<String, Object> state = new HashMap<String, Object>();
        state.put(ORDER_ID, order.getId());
        state.put(ENTRY_ID, entry == null ? null : entry.getId());
        ActivityStateManagerImpl.getStateManager().registerState(this, context, getRollbackHandler(), state);
        return context;
    }

    private static BigDecimal loyaltyDiscount(Order order) {
        BigDecimal total = BigDecimal.ZERO;
        for (OrderAdjustment adjustment : order.getOrderAdjustments()) {
            if (RedeemableAmount.isLoyalty(adjustment)) {
                total = total.add(adjustment.getValue().getAmount());
            }
        }
        return total;
    }
}
