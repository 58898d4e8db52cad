package com.broadleafloyalty.api.web;

import com.broadleafloyalty.api.core.ApiRefusal;
import com.broadleafloyalty.api.core.ApiScope;
import com.broadleafloyalty.redemption.core.RewardItemProblem;
import com.broadleafloyalty.redemption.core.RewardItemRules;
import com.broadleafloyalty.redemption.domain.RewardItem;
import com.broadleafloyalty.redemption.domain.RewardType;
import com.broadleafloyalty.redemption.service.RedemptionService;
import com.broadleafloyalty.tier.core.TierDefinition;
import com.broadleafloyalty.tier.service.LoyaltyTierService;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * The reward catalog and the tiers for an admin key: read with rewards:read, change with rewards:write. The same
 * rules as the admin form refuse a bad item, with the form's sentences. DELETE withdraws an item from the catalog
 * (inactive): redemptions already made keep pointing at it.
 */
@Controller
public class RewardsApiController {

    private static final RewardItemRules RULES = new RewardItemRules();

    @Resource(name = "blLoyaltyApiAccess")
    protected ApiAccess access;

    @Resource(name = "blLoyaltyRedemptionService")
    protected RedemptionService redemptions;

    @Resource(name = "blLoyaltyTierService")
    protected LoyaltyTierService tiers;

    @Resource(name = "blCatalogService")
    protected CatalogService catalog;

    @RequestMapping(value = "/rewards", method = RequestMethod.GET)
    @ResponseBody
    public Map<String, Object> list(HttpServletRequest request) {
        access.requireScope(request, ApiScope.REWARDS_READ);
        List<Map<String, Object>> items = new ArrayList<Map<String, Object>>();
        for (RewardItem item : redemptions.catalog()) {
            items.add(AccountDocuments.reward(item, null));
        }
        return single("rewards", items);
    }

    @RequestMapping(value = "/rewards", method = RequestMethod.POST)
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> create(HttpServletRequest request, @RequestBody Map<String, Object> body) {
        access.requireScope(request, ApiScope.REWARDS_WRITE);
        return AccountDocuments.reward(redemptions.saveItem(fill(redemptions.createItem(), body)), null);
    }

    @RequestMapping(value = "/rewards/{rewardId}", method = RequestMethod.PUT)
    @ResponseBody
    public Map<String, Object> update(HttpServletRequest request, @PathVariable("rewardId") String rewardId,
            @RequestBody Map<String, Object> body) {
        access.requireScope(request, ApiScope.REWARDS_WRITE);
        return AccountDocuments.reward(redemptions.saveItem(fill(item(rewardId), body)), null);
    }

    @RequestMapping(value = "/rewards/{rewardId}", method = RequestMethod.DELETE)
    @ResponseBody
    public Map<String, Object> withdraw(HttpServletRequest request, @PathVariable("rewardId") String rewardId) {
        access.requireScope(request, ApiScope.REWARDS_WRITE);
        RewardItem item = item(rewardId);
        item.setActive(false);
        return AccountDocuments.reward(redemptions.saveItem(item), null);
    }

    @RequestMapping(value = "/tiers", method = RequestMethod.GET)
    @ResponseBody
    public Map<String, Object> tiers(HttpServletRequest request) {
        access.requireScope(request, ApiScope.REWARDS_READ);
        List<Map<String, Object>> rows = new ArrayList<Map<String, Object>>();
        for (TierDefinition tier : tiers.ladder().getTiers()) {
            rows.add(AccountDocuments.tier(tier));
        }
        return single("tiers", rows);
    }

    private RewardItem item(String rewardId) {
        Long id;
        try {
            id = Long.valueOf(rewardId.trim());
        } catch (NumberFormatException e) {
            throw ApiRefusal.badRequest("loyalty.api.notARewardId", rewardId);
        }
        for (RewardItem item : redemptions.catalog()) {
            if (item.getId().equals(id)) {
                return item;
            }
        }
        throw ApiRefusal.notFound("loyalty.api.noSuchReward", String.valueOf(id));
    }

    private RewardItem fill(RewardItem item, Map<String, Object> body) {
        String name = ShopperApiController.text(body.get("name"));
        Long pointsCost = number(body, "pointsCost", Long.class);
        String type = ShopperApiController.text(body.get("type"));
        Long stock = number(body, "stock", Long.class);
        BigDecimal value = number(body, "value", BigDecimal.class);
        Long productId = number(body, "productId", Long.class);
        if (stock != null && (stock > Integer.MAX_VALUE || stock < Integer.MIN_VALUE)) {
            throw ApiRefusal.badRequest("loyalty.api.stockTooLarge");
        }
        Integer stockCount = stock == null ? null : stock.intValue();
        List<RewardItemProblem> problems = RULES.check(name, pointsCost, type, stockCount, value, productId);
        if (!problems.isEmpty()) {
            List<String> sentences = new ArrayList<String>();
            for (RewardItemProblem problem : problems) {
                sentences.add(problem.getMessage());
            }
            throw ApiRefusal.badRequest("loyalty.format.text", String.join(" ", sentences));
        }
        Product product = null;
        if (productId != null && RewardItemRules.PRODUCT_TYPE_CODES.contains(type)) {
            product = catalog.findProductById(productId);
            if (product == null) {
                throw ApiRefusal.badRequest("loyalty.api.noSuchProduct", String.valueOf(productId));
            }
        }
        item.setName(name.trim());
        item.setDescription(ShopperApiController.text(body.get("description")));
        item.setPointsCost(pointsCost);
        item.setRewardType(RewardType.getInstance(type));
        item.setStock(stockCount);
        item.setRewardValue(value);
        item.setProduct(product);
        Object active = body.get("active");
        item.setActive(active == null || Boolean.TRUE.equals(active) || "true".equals(String.valueOf(active)));
        return item;
    }

    private static <T> T number(Map<String, Object> body, String field, Class<T> type) {
        Object raw = body.get(field);
        if (raw == null || String.valueOf(raw).trim().isEmpty()) {
            return null;
        }
        try {
            BigDecimal decimal = new BigDecimal(String.valueOf(raw).trim());
            if (type == BigDecimal.class) {
                return type.cast(storable(decimal, field, raw));
            }
            return type.cast(decimal.longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw ApiRefusal.badRequest(type == BigDecimal.class ? "loyalty.api.notANumber" : "loyalty.api.notAWholeNumber",
                    field, String.valueOf(raw));
        }
    }

    /**
     * The one decimal the API takes (the reward value) as its column can hold it: a number like {@code 1e999999999},
     * 300 digits or 0.0000001 parses but the database would refuse or round it, so it is refused here (400).
     */
    private static BigDecimal storable(BigDecimal decimal, String field, Object raw) {
        BigDecimal stripped = decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
        int integerDigits = RewardItem.VALUE_PRECISION - RewardItem.VALUE_SCALE;
        if (stripped.precision() - stripped.scale() > integerDigits || stripped.scale() > RewardItem.VALUE_SCALE) {
            throw ApiRefusal.badRequest("loyalty.api.numberOutOfRange", field, integerDigits, RewardItem.VALUE_SCALE,
                    String.valueOf(raw));
        }
        return decimal;
    }

    private static Map<String, Object> single(String name, Object value) {
        Map<String, Object> document = new LinkedHashMap<String, Object>();
        document.put(name, value);
        return document;
    }
}
