package com.broadleafloyalty.demo.vip;

import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.demo.DemoShop;
import com.broadleafloyalty.demo.seed.DemoCustomers;
import com.broadleafloyalty.demo.web.Shopper;
import com.broadleafloyalty.segment.service.SegmentLookup;
import com.broadleafloyalty.vip.service.VipAudience;
import com.broadleafloyalty.vip.service.VipOfferService;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.offer.dao.OfferCodeDao;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.context.ContextLoader;
import org.springframework.web.context.WebApplicationContext;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A VIP offer in the demo shop over real HTTP: Dana (in the "Champions" segment) sees it on the home page, the cart
 * and My loyalty, and its code discounts her cart; Alice sees nothing and her request naming the code is refused
 * with a sentence. The segment comes from a test-only lookup until the segments feature is merged.
 */
class VipOffersHttpTest {

    private static final String CODE = "CHAMPS10";

    private static DemoShop shop;
    private static SegmentLookup previousSegments;

    @BeforeAll
    static void startShopWithAVipOffer() throws Exception {
        shop = DemoShop.start("127.0.0.1", 0, DemoDatabase.inMemory("vip"), false);
        final Long dana = storefrontBean("blCustomerService", CustomerService.class)
                .readCustomerByUsername(DemoCustomers.SHOPPERS[0][0]).getId();
        VipAudience audience = storefrontBean("blLoyaltyVipAudience", VipAudience.class);
        previousSegments = audience.getSegmentLookup();
        audience.setSegmentLookup(new SegmentLookup() {
            @Override
            public String segmentOf(Long customerId) {
                return dana.equals(customerId) ? "Champions" : null;
            }

            @Override
            public List<Long> customersIn(String segmentName) {
                return "Champions".equals(segmentName) ? Collections.singletonList(dana) : Collections.<Long>emptyList();
            }
        });
        OfferService offers = storefrontBean("blOfferService", OfferService.class);
        Offer offer = storefrontBean("blOfferDao", OfferDao.class).create();
        offer.setName("Champions 10% off");
        offer.setDescription("Ten percent off any order, for our champions");
        offer.setType(OfferType.ORDER);
        offer.setDiscountType(OfferDiscountType.PERCENT_OFF);
        offer.setValue(new BigDecimal("10"));
        offer.setStartDate(new Date(SystemTime.asMillis() - 86_400_000L));
        offer.setAutomaticallyAdded(false);
        offer.setCombinableWithOtherOffers(true);
        offer.setMaxUsesPerCustomer(0L);
        offer = offers.save(offer);
        OfferCode code = storefrontBean("blOfferCodeDao", OfferCodeDao.class).create();
        code.setOffer(offer);
        code.setOfferCode(CODE);
        offers.saveOfferCode(code);
        storefrontBean("blLoyaltyVipOfferService", VipOfferService.class).restrict(offer.getId(), null, "Champions");
    }

    @AfterAll
    static void stopShop() throws Exception {
        if (shop != null) {
            storefrontBean("blLoyaltyVipAudience", VipAudience.class).setSegmentLookup(previousSegments);
            shop.close();
        }
    }

    @Test
    void shouldRefuseTheVipCodeToAnIneligibleShopperWithASentence() throws Exception {
        Shopper alice = new Shopper(shop.baseUrl());
        alice.logIn(DemoCustomers.SHOPPERS[1][0], DemoCustomers.SHOPPERS[1][1]);
        Document home = alice.open("/");
        assertThat(home.select(".loyalty-vip-offer")).isEmpty();

        Document cart = alice.submit(home, "form[action=/cart/add]", "quantity", "1");
        Document refused = alice.submit(cart, "form.loyalty-code-form", "code", CODE);

        assertThat(refused.selectFirst(".loyalty-code-error").text())
                .isEqualTo("The offer \"Champions 10% off\" is reserved for VIP customers.");
        assertThat(refused.select(".summary-discounts")).isEmpty();
        assertThat(refused.select(".loyalty-vip-offer")).isEmpty();
        assertThat(alice.open("/account/loyalty").select(".loyalty-vip-offer")).isEmpty();
    }

    @Test
    void shouldShowTheVipOfferToAnEligibleShopperAndApplyItsCode() throws Exception {
        Shopper dana = new Shopper(shop.baseUrl());
        dana.logIn(DemoCustomers.SHOPPERS[0][0], DemoCustomers.SHOPPERS[0][1]);
        Document home = dana.open("/");
        assertThat(home.selectFirst(".loyalty-vip-offer .loyalty-vip-name").text()).isEqualTo("Champions 10% off");
        assertThat(home.selectFirst(".loyalty-vip-offer .loyalty-vip-code").text()).isEqualTo(CODE);
        assertThat(dana.open("/account/loyalty").select(".loyalty-vip-name").eachText()).contains("Champions 10% off");

        Document cart = dana.submit(home, "form[action=/cart/add]", "quantity", "1");
        assertThat(cart.select(".loyalty-vip-name").eachText()).contains("Champions 10% off");
        Document applied = dana.submit(cart, "form.loyalty-code-form", "code", CODE);

        assertThat(applied.select(".loyalty-code-error")).isEmpty();
        assertThat(applied.selectFirst(".loyalty-code-applied").text()).contains(CODE);
        assertThat(applied.selectFirst(".summary-discounts")).isNotNull();
        Document checkout = dana.chooseShipping(null);
        assertThat(checkout.selectFirst(".summary-discounts .amount").text())
                .isEqualTo(applied.selectFirst(".summary-discounts .amount").text());
        Document confirmation = dana.submit(checkout, "form.checkout-form", "demoWallet", "dana's wallet");
        assertThat(dana.lastUrl()).contains("/confirmation/");
        assertThat(confirmation.selectFirst(".summary-total .amount").text())
                .isEqualTo(checkout.selectFirst(".summary-total .amount").text());
    }

    private static <T> T storefrontBean(String name, Class<T> type) {
        WebApplicationContext context = ContextLoader.getCurrentWebApplicationContext();
        assertThat(context).as("the storefront's root context").isNotNull();
        return context.getBean(name, type);
    }
}
