package com.broadleafloyalty.demo.recommend;

import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.demo.DemoShop;
import com.broadleafloyalty.demo.web.Shopper;
import com.broadleafloyalty.recommend.service.LoyaltyRecommendationService;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.context.ContextLoader;
import org.springframework.web.context.WebApplicationContext;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recommendation widgets of the demo shop over real HTTP, after a purchase history seeded through the storefront:
 * the camping stove was bought with the headlamp by 3 shoppers, with the trekking poles by 3 and with the bottle
 * by 2; then the merchant ends the trekking poles' active dates, so they must never be shown again.
 */
class RecommendationsHttpTest {

    private static final String STOVE = "4";
    private static final String HEADLAMP = "5";
    private static final String BOTTLE = "2";
    private static final String POLES = "6";

    private static DemoShop shop;
    private static final List<String[]> HEADLAMP_BUYERS = new ArrayList<String[]>();

    @BeforeAll
    static void startShopWithPurchaseHistory() throws Exception {
        shop = DemoShop.start("127.0.0.1", 0, DemoDatabase.inMemory("recommend"), false);
        for (int i = 0; i < 3; i++) {
            HEADLAMP_BUYERS.add(buy(STOVE, HEADLAMP));
            buy(STOVE, POLES);
        }
        for (int i = 0; i < 2; i++) {
            buy(STOVE, BOTTLE);
        }
        CatalogService catalog = storefrontBean("blCatalogService", CatalogService.class);
        Sku poles = catalog.findSkuById(Long.valueOf(POLES));
        poles.setActiveEndDate(new Date(System.currentTimeMillis() - 60_000L));
        catalog.saveSku(poles);
        // What the scheduled job does: re-learn which products go together from every completed order.
        storefrontBean("blLoyaltyRecommendationService", LoyaltyRecommendationService.class).rebuild();
    }

    @AfterAll
    static void stopShop() throws Exception {
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    void shouldShowWhatCustomersAlsoBoughtOnTheProductPageWithPriceAndPoints() throws Exception {
        Document stovePage = new Shopper(shop.baseUrl()).open("/shop/camping-stove");

        Elements shown = stovePage.select(".loyalty-bought-together .loyalty-recommended-product");
        assertThat(stovePage.select(".loyalty-bought-together h2").text())
                .isEqualTo("Customers who bought this also bought");
        assertThat(ids(shown)).containsExactly(HEADLAMP, BOTTLE);
        Element headlamp = shown.get(0);
        assertThat(headlamp.selectFirst("a.loyalty-recommended-link").attr("href")).isEqualTo("/shop/headlamp-300lm");
        assertThat(headlamp.selectFirst("a.loyalty-recommended-link").text()).isEqualTo("Headlamp 300lm");
        assertThat(headlamp.selectFirst(".loyalty-recommended-price").text()).contains("34.95");
        assertThat(headlamp.selectFirst(".loyalty-recommended-points strong").text()).isEqualTo("3");
    }

    @Test
    void shouldCompleteACartWithWhatGoesWithItsProducts() throws Exception {
        Shopper shopper = new Shopper(shop.baseUrl());
        shopper.register("cart-" + System.nanoTime() + "@example.com", "secret123");
        Document cart = shopper.submit(shopper.open("/"), addToCartForm(STOVE), "quantity", "1");

        List<String> ids = ids(cart.select(".loyalty-complete-order .loyalty-recommended-product"));

        assertThat(cart.select(".loyalty-complete-order h2").text()).isEqualTo("Complete your order");
        assertThat(ids).startsWith(HEADLAMP, BOTTLE).doesNotContain(STOVE, POLES);
    }

    @Test
    void shouldRecommendWhatGoesWithTheShoppersOrderNotTheOrderItselfOnHomeAndMyLoyalty() throws Exception {
        Shopper shopper = new Shopper(shop.baseUrl());
        shopper.logIn(HEADLAMP_BUYERS.get(0)[0], HEADLAMP_BUYERS.get(0)[1]);

        for (String page : new String[] {"/", "/account/loyalty"}) {
            Document document = shopper.open(page);
            Elements widget = document.select(".loyalty-recommended-for-you");
            assertThat(widget.select("h2").text()).as(page).isEqualTo("Recommended for you");
            assertThat(widget.select("ul.loyalty-personal")).as(page).hasSize(1);
            // Just bought the stove and the headlamp: what goes with them (the bottle), never them again.
            assertThat(ids(widget.select(".loyalty-recommended-product"))).as(page)
                    .contains(BOTTLE).doesNotContain(STOVE, HEADLAMP, POLES);
        }
    }

    @Test
    void shouldShowPopularProductsToAVisitorAndNeverAnInactiveOne() throws Exception {
        Document home = new Shopper(shop.baseUrl()).open("/");

        Elements widget = home.select(".loyalty-recommended-for-you");
        assertThat(widget.select("ul.loyalty-popular")).hasSize(1);
        assertThat(widget.select(".loyalty-recommendations-note").text()).isEqualTo("Our most popular products.");
        // Most bought first: the stove (8 buyers), the poles (3, but no longer for sale), the headlamp (3), the bottle.
        assertThat(ids(widget.select(".loyalty-recommended-product"))).containsExactly(STOVE, HEADLAMP, BOTTLE);
    }

    /** A new shopper registers, buys one of each product with the demo wallet; returns the login. */
    private static String[] buy(String... productIds) throws Exception {
        Shopper shopper = new Shopper(shop.baseUrl());
        String[] login = {"history-" + System.nanoTime() + "@example.com", "secret123"};
        shopper.register(login[0], login[1]);
        for (String productId : productIds) {
            shopper.submit(shopper.open("/"), addToCartForm(productId), "quantity", "1");
        }
        shopper.checkOut("history wallet");
        assertThat(shopper.lastUrl()).contains("/confirmation/");
        return login;
    }

    private static String addToCartForm(String productId) {
        return "form[action=/cart/add]:has(input[name=productId][value=" + productId + "])";
    }

    private static List<String> ids(Elements products) {
        List<String> ids = new ArrayList<String>();
        for (Element product : products) {
            ids.add(product.attr("data-product-id"));
        }
        return ids;
    }

    /** A bean of the running storefront's root context (the test runs in the shop's JVM and class loader). */
    private static <T> T storefrontBean(String name, Class<T> type) {
        WebApplicationContext context = ContextLoader.getCurrentWebApplicationContext();
        assertThat(context).as("the storefront's root context").isNotNull();
        return context.getBean(name, type);
    }
}
