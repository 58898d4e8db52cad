package com.broadleafloyalty.redemption.web;

import com.broadleafloyalty.ledger.core.RedemptionRate;
import com.broadleafloyalty.ledger.service.LoyaltyProgram;
import com.broadleafloyalty.redemption.core.RedemptionKind;
import com.broadleafloyalty.redemption.domain.Redemption;
import com.broadleafloyalty.redemption.domain.RewardItem;
import com.broadleafloyalty.redemption.service.RedeemableAmount;
import com.broadleafloyalty.redemption.service.RedemptionService;
import com.broadleafloyalty.support.core.LoyaltyText;
import com.broadleafloyalty.support.core.MoneyAmount;
import com.broadleafloyalty.support.web.LoyaltyProcessorSupport;
import org.broadleafcommerce.common.web.dialect.AbstractModelVariableModifierProcessor;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.thymeleaf.Arguments;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.dom.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * What the cart's redemption boxes show, for both kinds: whether the shopper may redeem, points available and the
 * rate; the points applied and the most this cart can take; the points left for rewards once this cart's points are
 * counted ({@code left}); the reward catalog, each item with its cost and whether it is affordable from what is left,
 * in stock and already in the cart. Registered under two tags, {@code <blc:loyalty_redemption/>}
 * (the "use my points" box) and {@code <blc:loyalty_rewards/>} (the reward catalog), which give the same view,
 * computed once per request.
 */
public class RedemptionProcessor extends AbstractModelVariableModifierProcessor {

    private static final String VIEW_ATTRIBUTE = RedemptionProcessor.class.getName() + ".view";

    @Resource(name = "blLoyaltyRedemptionService")
    protected RedemptionService redemptionService;

    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

    private final String defaultVariable;

    /** {@code tag}: the element's name after {@code blc:}; {@code defaultVariable}: the variable without var. */
    public RedemptionProcessor(String tag, String defaultVariable) {
        super(tag);
        this.defaultVariable = defaultVariable;
    }

    @Override
    public int getPrecedence() {
        return 10000;
    }

    @Override
    protected void modifyModelAttributes(Arguments arguments, Element element) {
        Order cart = CartState.getCart();
        HttpServletRequest request = arguments.getContext() instanceof IWebContext
                ? ((IWebContext) arguments.getContext()).getHttpServletRequest() : null;
        Object view = request == null ? null : request.getAttribute(VIEW_ATTRIBUTE);
        if (view == null) {
            view = view(cart);
            if (request != null) {
                request.setAttribute(VIEW_ATTRIBUTE, view);
            }
        }
        addToModel(arguments, LoyaltyProcessorSupport.variableName(element, defaultVariable), view);
    }

    private Map<String, Object> view(Order cart) {
        Map<String, Object> view = new HashMap<String, Object>();
        Customer customer = cart == null ? null : cart.getCustomer();
        boolean canRedeem = cart != null && !(cart instanceof NullOrderImpl) && cart.getId() != null
                && customer != null && customer.isRegistered();
        RedemptionRate rate = program.getRedemptionRate();
        long available = 0L;
        long left = 0L;
        Set<Long> rewardsInCart = new HashSet<Long>();
        view.put("canRedeem", canRedeem);
        String currency = cart == null || cart.getCurrency() == null ? program.getBaseCurrency()
                : cart.getCurrency().getCurrencyCode();
        view.put("rate", LoyaltyText.of("loyalty.redeem.rate", rate.getPoints(),
                new MoneyAmount(rate.getValue(), currency)));
        if (canRedeem) {
            available = redemptionService.availableFor(cart);
            Redemption applied = null;
            for (Redemption redemption : redemptionService.redemptionsFor(cart.getId())) {
                if (redemption.getKind() == RedemptionKind.POINTS) {
                    applied = redemption;
                } else {
                    rewardsInCart.add(redemption.getRewardItemId());
                }
            }
            view.put("maxForCart", Math.min(available, rate.maxPointsFor(RedeemableAmount.of(cart))));
            view.put("appliedPoints", applied == null ? 0L : applied.getPoints());
            view.put("appliedAmount", applied == null ? null
                    : new MoneyAmount(applied.getAmount().setScale(2), currency));
            // A reward is paid from what the points applied to this cart leave: offer only what can be taken.
            left = Math.max(0L, available - (applied == null ? 0L : applied.getPoints()));
        }
        view.put("available", available);
        view.put("left", left);
        view.put("items", catalog(canRedeem, left, rewardsInCart));
        return view;
    }

    private List<Map<String, Object>> catalog(boolean canRedeem, long available, Set<Long> rewardsInCart) {
        List<Map<String, Object>> rows = new ArrayList<Map<String, Object>>();
        for (RewardItem item : redemptionService.catalog()) {
            Map<String, Object> row = new HashMap<String, Object>();
            boolean inStock = item.getStock() == null || item.getStock() > 0;
            row.put("id", item.getId());
            row.put("name", item.getName());
            row.put("description", item.getDescription());
            row.put("cost", item.getPointsCost());
            row.put("type", item.getRewardType() == null ? null
                    : LoyaltyText.of("loyalty.rewardType." + item.getRewardType().getType()));
            row.put("inStock", inStock);
            row.put("inCart", rewardsInCart.contains(item.getId()));
            row.put("affordable", canRedeem && inStock && item.getPointsCost() <= available);
            rows.add(row);
        }
        return rows;
    }
}
