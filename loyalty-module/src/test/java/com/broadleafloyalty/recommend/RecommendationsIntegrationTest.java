package com.broadleafloyalty.recommend;

import com.broadleafloyalty.ledger.core.EarningRate;
import com.broadleafloyalty.recommend.service.LoyaltyRecommendationService;
import com.broadleafloyalty.recommend.service.ProductRecommendations;
import com.broadleafloyalty.recommend.service.RecommendedProduct;
import com.broadleafloyalty.returns.service.LoyaltyReturnService;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recommendations on the real Broadleaf context, from real checkouts: a seeded history where a tent goes with a
 * sleeping bag (4 customers), a lantern (3), a gas canister (3) and a stove (2); the lantern is then retired and the
 * gas canister goes out of stock, so neither may ever be shown.
 */
class RecommendationsIntegrationTest {

    private static final ShopFixture SHOP = new ShopFixture();
    private static Sku tent;
    private static Sku bag;
    private static Sku stove;
    private static Sku lantern;
    private static Sku gas;

    private final LoyaltyRecommendationService recommendations =
            LoyaltyTestContext.bean("blLoyaltyRecommendationService", LoyaltyRecommendationService.class);

    @BeforeAll
    static void seedPurchaseHistory() {
        OpenEntityManager.call(() -> {
            tent = SHOP.productPriced("129.00");
            bag = SHOP.productPriced("59.00");
            stove = SHOP.productPriced("45.50");
            lantern = SHOP.productPriced("24.00");
            gas = SHOP.productPriced("6.99");
            buyTogether(4, tent, bag);
            buyTogether(3, tent, lantern);
            buyTogether(3, tent, gas);
            buyTogether(2, tent, stove);
            SHOP.retire(lantern);
            SHOP.markOutOfStock(gas);
            return null;
        });
        OpenEntityManager.call(() -> {
            LoyaltyTestContext.bean("blLoyaltyRecommendationService", LoyaltyRecommendationService.class).rebuild();
            return null;
        });
    }

    @Test
    void shouldShowProductsBoughtTogetherStrongestFirstAndNeverAnUnsellableOne() {
        OpenEntityManager.call(() -> {
            ProductRecommendations together = recommendations.boughtTogether(tent.getProduct(), 10);

            assertThat(ids(together)).containsExactly(id(bag), id(stove));
            assertThat(together.isPersonal()).isFalse();
            RecommendedProduct first = together.getProducts().get(0);
            assertThat(first.getUrl()).isEqualTo(bag.getProduct().getUrl());
            assertThat(first.getPrice().getAmount()).isEqualByComparingTo(new BigDecimal("59.00"));
            assertThat(first.getPoints()).isEqualTo(LoyaltyTestContext.bean("blLoyaltyEarningRate", EarningRate.class)
                    .pointsFor(new BigDecimal("59.00"))).isEqualTo(5L);
            return null;
        });
    }

    @Test
    void shouldRenderTheProductPageWidgetWithLinksPricesAndPoints() {
        String html = OpenEntityManager.call(() -> new WidgetRenderer().render(
                "loyalty/fragments/recommendBoughtTogether",
                Collections.singletonMap("product", (Object) tent.getProduct())));

        assertThat(html).contains("Customers who bought this also bought",
                "data-product-id=\"" + id(bag) + "\"", "href=\"" + bag.getProduct().getUrl() + "\"",
                "data-product-id=\"" + id(stove) + "\"", "$59.00");
        assertThat(Jsoup.parse(html).select(".loyalty-recommended-points").eachText()).contains("earns 5 points");
        assertThat(html.indexOf(bag.getProduct().getUrl())).isLessThan(html.indexOf(stove.getProduct().getUrl()));
        assertThat(html).doesNotContain("data-product-id=\"" + id(lantern) + "\"",
                "data-product-id=\"" + id(gas) + "\"", "data-product-id=\"" + id(tent) + "\"");
    }

    @Test
    void shouldRecommendFromTheOrderAShopperJustCompletedWithoutARebuild() {
        OpenEntityManager.call(() -> {
            Customer customer = SHOP.registeredCustomer();
            assertThat(recommendations.forCustomer(customer, 5).isPersonal()).isFalse();

            SHOP.paidCheckout(customer, tent);
            ProductRecommendations forYou = recommendations.forCustomer(customer, 5);

            assertThat(forYou.isPersonal()).isTrue();
            assertThat(ids(forYou)).contains(id(bag)).doesNotContain(id(lantern), id(gas));
            return null;
        });
    }

    @Test
    void shouldCompleteACartWithWhatGoesWithItNeverWithItsOwnProducts() {
        OpenEntityManager.call(() -> {
            Customer customer = SHOP.registeredCustomer();
            Order cart = SHOP.cart(customer, 1, tent);

            List<Long> ids = ids(recommendations.forCart(cart, customer, 4));

            assertThat(ids).hasSize(4).startsWith(id(bag), id(stove)).doesNotContain(id(tent), id(lantern), id(gas));
            return null;
        });
    }

    @Test
    void shouldSuggestAProductNamedLikeOneTheShopperBoughtFromTheNamesOnItsOrderLines() throws Exception {
        Sku redBag = OpenEntityManager.call(() -> SHOP.productNamed("Red retrospot lunch bag", "4.95"));
        Sku pinkBag = OpenEntityManager.call(() -> SHOP.productNamed("Pink retrospot lunch bag", "4.95"));
        Customer shopper = OpenEntityManager.call(() -> {
            buyTogether(1, pinkBag, stove);
            Customer customer = SHOP.registeredCustomer();
            SHOP.paidCheckout(customer, redBag);
            return customer;
        });
        OpenEntityManager.call(() -> {
            recommendations.rebuild();
            return null;
        });

        List<Long> forYou = OpenEntityManager.call(() -> ids(recommendations.forCustomer(shopper, 3)));

        // Nobody bought the pink bag with the red one, and the tent is far more popular: only the names link them.
        // (The red bag itself, bought today, is left out of "Recommended for you".)
        assertThat(forYou).hasSize(3).startsWith(id(pinkBag)).doesNotContain(id(redBag));
    }

    @Test
    void shouldShowPopularSellableProductsToAShopperWithoutHistory() {
        OpenEntityManager.call(() -> {
            ProductRecommendations popular = recommendations.forCustomer(SHOP.registeredCustomer(), 50);

            assertThat(popular.isPersonal()).isFalse();
            assertThat(ids(popular)).contains(id(tent), id(bag)).doesNotContain(id(lantern), id(gas));
            assertThat(ids(recommendations.forCustomer(null, 3))).hasSize(3);
            return null;
        });
    }

    @Test
    void shouldLeaveCancelledOrdersAndReturnedLinesOutOfARebuild() {
        OpenEntityManager.call(() -> {
            LoyaltyReturnService returns = LoyaltyTestContext.bean("blLoyaltyReturnService", LoyaltyReturnService.class);
            Sku kettle = SHOP.productPriced("30.00");
            Sku cancelled = SHOP.productPriced("31.00");
            Sku returned = SHOP.productPriced("32.00");
            Sku kept = SHOP.productPriced("33.00");
            for (int i = 0; i < 2; i++) {
                Order order = SHOP.paidCheckout(SHOP.registeredCustomer(), kettle, cancelled);
                returns.cancelOrder(order.getId(), "test");
                Order partlyReturned = SHOP.paidCheckout(SHOP.registeredCustomer(), kettle, returned);
                returns.returnItems(partlyReturned.getId(), "RMA-" + partlyReturned.getId(),
                        Collections.singletonMap(itemOf(partlyReturned, returned).getId(), 1), "test");
                SHOP.paidCheckout(SHOP.registeredCustomer(), kettle, kept);
            }

            recommendations.rebuild();

            assertThat(ids(recommendations.boughtTogether(kettle.getProduct(), 10))).containsExactly(id(kept));
            assertThat(recommendations.modelSize().getWeightedProducts()).isGreaterThanOrEqualTo(6);
            return null;
        });
    }

    private static void buyTogether(int customers, Sku... skus) throws Exception {
        for (int i = 0; i < customers; i++) {
            SHOP.paidCheckout(SHOP.registeredCustomer(), skus);
        }
    }

    private static OrderItem itemOf(Order order, Sku sku) {
        for (OrderItem item : SHOP.reload(order).getOrderItems()) {
            if (item.getName().equals(sku.getName())) {
                return item;
            }
        }
        throw new AssertionError("No item for " + sku.getName());
    }

    private static Long id(Sku sku) {
        return sku.getProduct().getId();
    }

    private static List<Long> ids(ProductRecommendations recommendations) {
        List<Long> ids = new ArrayList<Long>();
        for (RecommendedProduct product : recommendations.getProducts()) {
            ids.add(product.getId());
        }
        return ids;
    }
}
