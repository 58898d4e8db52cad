package com.broadleafloyalty.redemption.web;

import com.broadleafloyalty.redemption.domain.RewardItem;
import com.broadleafloyalty.redemption.domain.RewardRedemption;
import com.broadleafloyalty.redemption.service.PointsRedemptionService;
import com.broadleafloyalty.redemption.service.RewardRedemptionService;
import com.broadleafloyalty.support.web.LoyaltyProcessorSupport;
import org.broadleafcommerce.common.web.dialect.AbstractModelVariableModifierProcessor;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.thymeleaf.Arguments;
import org.thymeleaf.dom.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;

/**
 * {@code <blc:loyalty_rewards var="rewards"/>}: the reward catalog as the cart shows it: every active item with its
 * cost, whether the shopper can afford it, whether it is in stock and whether it is already in this cart.
 */
public class RewardCatalogProcessor extends AbstractModelVariableModifierProcessor {

    @Resource(name = "blLoyaltyRewardRedemptionService")
    protected RewardRedemptionService rewardService;

    @Resource(name = "blLoyaltyPointsRedemptionService")
    protected PointsRedemptionService pointsService;

    public RewardCatalogProcessor() {
        super("loyalty_rewards");
    }

    @Override
    public int getPrecedence() {
        return 10000;
    }

    @Override
    protected void modifyModelAttributes(Arguments arguments, Element element) {
        Map<String, Object> view = new HashMap<String, Object>();
        Order cart = CartState.getCart();
        Customer customer = cart == null ? null : cart.getCustomer();
        boolean canRedeem = cart != null && !(cart instanceof NullOrderImpl) && cart.getId() != null
                && customer != null && customer.isRegistered();
        view.put("canRedeem", canRedeem);
        long available = canRedeem ? pointsService.availableFor(cart) : 0L;
        Set<Long> inCart = new HashSet<Long>();
        if (canRedeem) {
            for (RewardRedemption redemption : rewardService.redemptionsFor(cart.getId())) {
                inCart.add(redemption.getRewardItemId());
            }
        }
        List<Map<String, Object>> items = new ArrayList<Map<String, Object>>();
        for (RewardItem item : rewardService.catalog()) {
            Map<String, Object> row = new HashMap<String, Object>();
            row.put("id", item.getId());
            row.put("name", item.getName());
            row.put("description", item.getDescription());
            row.put("cost", item.getPointsCost());
            row.put("type", item.getRewardType() == null ? null : item.getRewardType().getFriendlyType());
            boolean inStock = item.getStock() == null || item.getStock() > 0;
            row.put("inStock", inStock);
            row.put("inCart", inCart.contains(item.getId()));
            row.put("affordable", canRedeem && inStock && item.getPointsCost() <= available);
            items.add(row);
        }
        view.put("available", available);
        view.put("items", items);
        addToModel(arguments, LoyaltyProcessorSupport.variableName(element, "loyaltyRewards"), view);
    }
}
