package com.broadleafloyalty.ledger.broadleaf;

import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductAttribute;
import org.broadleafcommerce.core.catalog.domain.ProductAttributeImpl;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A product marked loyaltyEarns=false in Broadleaf (a gift card) earns nothing at a real checkout, while the rest of
 * the order earns as usual; the mark is read from the catalog, and a change shows once the node's cached set expires.
 */
class NonEarningProductsIntegrationTest {

    private static final ShopFixture SHOP = new ShopFixture();

    private final NonEarningProducts nonEarning =
            LoyaltyTestContext.bean("blLoyaltyNonEarningProducts", NonEarningProducts.class);
    private final LoyaltyPointsService points =
            LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);

    @Test
    void shouldEarnNothingOnAProductMarkedNotEarning() {
        Sku giftCard = SHOP.productPriced("500.00");
        Sku tent = SHOP.productPriced("200.00");
        markNotEarning(giftCard.getProduct().getId(), "false");
        nonEarning.refresh();
        Customer customer = SHOP.registeredCustomer();

        Order order = OpenEntityManager.call(() -> SHOP.paidCheckout(customer, giftCard, tent));

        assertThat(nonEarning.ids()).contains(giftCard.getProduct().getId()).doesNotContain(tent.getProduct().getId());
        assertThat(points.pointsEarnedForOrder(order.getId())).isEqualTo(20L); // 10 per 100 on the tent only
    }

    @Test
    void shouldEarnAgainOnceTheMarkIsRemovedAndTheCacheRefreshed() {
        Sku voucher = SHOP.productPriced("300.00");
        markNotEarning(voucher.getProduct().getId(), "FALSE ");
        nonEarning.refresh();
        assertThat(nonEarning.ids()).contains(voucher.getProduct().getId());

        markNotEarning(voucher.getProduct().getId(), "true");
        assertThat(nonEarning.ids()).as("cached until it expires").contains(voucher.getProduct().getId());
        nonEarning.refresh();
        Order order = OpenEntityManager.call(() -> SHOP.paidCheckout(SHOP.registeredCustomer(), voucher));

        assertThat(nonEarning.ids()).doesNotContain(voucher.getProduct().getId());
        assertThat(points.pointsEarnedForOrder(order.getId())).isEqualTo(30L);
    }

    private static void markNotEarning(Long productId, String value) {
        CatalogService catalog = LoyaltyTestContext.bean("blCatalogService", CatalogService.class);
        new TransactionTemplate(LoyaltyTestContext.bean("blTransactionManager", PlatformTransactionManager.class))
                .execute(status -> {
                    Product product = catalog.findProductById(productId);
                    ProductAttribute flag = product.getProductAttributes().get(OrderEarningInput.NO_EARN_ATTRIBUTE);
                    if (flag == null) {
                        flag = new ProductAttributeImpl();
                        flag.setName(OrderEarningInput.NO_EARN_ATTRIBUTE);
                        flag.setProduct(product);
                        product.getProductAttributes().put(OrderEarningInput.NO_EARN_ATTRIBUTE, flag);
                    }
                    flag.setValue(value);
                    return catalog.saveProduct(product);
                });
    }
}
