package com.broadleafloyalty.demo.seed;

import com.broadleafloyalty.redemption.domain.RewardItem;
import com.broadleafloyalty.redemption.domain.RewardType;
import com.broadleafloyalty.redemption.service.RedemptionService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;

import javax.annotation.Resource;

/**
 * One reward catalog item of each kind, so the cart's reward catalog can be tried at once: created on the first start
 * (through the entity's own id generator), found and left alone on later starts, and after an admin edited them.
 */
public class DemoRewards implements ApplicationListener<ContextRefreshedEvent> {

    private static final Log LOG = LogFactory.getLog(DemoRewards.class);

    /** The product the free-product reward gives: the demo catalog's Merino Beanie. */
    public static final long FREE_PRODUCT_ID = 3L;

    @Resource(name = "blLoyaltyRedemptionService")
    protected RedemptionService rewards;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (event.getApplicationContext().getParent() != null) {
            return;
        }
        new TransactionTemplate(transactionManager).execute(status -> {
            if (rewards.countItems() > 0) {
                return null;
            }
            rewards.saveItem(item("5.00 off your order", "A 5.00 discount on this order.", 50,
                    RewardType.FIXED_DISCOUNT, null, new BigDecimal("5.00")));
            rewards.saveItem(item("10% off your order", "Ten percent off the products in your cart.", 150,
                    RewardType.PERCENT_DISCOUNT, null, BigDecimal.TEN));
            rewards.saveItem(item("Free shipping", "This order ships for free.", 80, RewardType.FREE_SHIPPING, null,
                    null));
            RewardItem beanie = item("Free Merino Beanie", "A Merino Beanie added to your order at no charge.", 300,
                    RewardType.FREE_PRODUCT, 20, null);
            beanie.setProduct(catalogService.findProductById(FREE_PRODUCT_ID));
            rewards.saveItem(beanie);
            LOG.info("Created the demo reward catalog (4 items)");
            return null;
        });
    }

    private RewardItem item(String name, String description, long cost, RewardType type, Integer stock,
            BigDecimal value) {
        RewardItem item = rewards.createItem();
        item.setName(name);
        item.setDescription(description);
        item.setPointsCost(cost);
        item.setRewardType(type);
        item.setActive(true);
        item.setStock(stock);
        item.setRewardValue(value);
        return item;
    }
}
