package com.broadleafloyalty.vip;

import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.Messages;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.tier.TestTiers;
import com.broadleafloyalty.vip.core.VipRuleRefusedException;
import com.broadleafloyalty.vip.service.VipOfferService;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/** VIP offers gated by the real tiers feature (no stand-in): a customer earns the tier, then gets the offer. */
class VipOffersOnRealTiersIntegrationTest {

    private final ShopFixture shop = new ShopFixture();
    private final VipOfferService vip = LoyaltyTestContext.bean("blLoyaltyVipOfferService", VipOfferService.class);
    private final OfferService offerService = LoyaltyTestContext.bean("blOfferService", OfferService.class);
    private final OfferDao offerDao = LoyaltyTestContext.bean("blOfferDao", OfferDao.class);
    private Offer offer;

    @BeforeEach
    void defineTiers() {
        TestTiers.removeAll();
        TestTiers.define("Bronze", 0, "0", "1", "Member prices");
        TestTiers.define("Silver", 50, "400.00", "1", "Silver offers");
    }

    @AfterEach
    void removeTiersAndEndTheOffer() {
        TestTiers.removeAll();
        if (offer != null) {
            Offer current = offerDao.readOfferById(offer.getId());
            current.setEndDate(new Date(SystemTime.asMillis() - 1000L));
            offerService.save(current);
        }
    }

    @Test
    void shouldGiveTheVipOfferOnlyOnceTheShopperHasReachedTheTier() {
        OpenEntityManager.call(() -> {
            offer = tenPercentOffForSilver();
            assertThat(Messages.englishRefusal(() -> vip.restrict(offer.getId(), "Platinum", null),
                    VipRuleRefusedException.class))
                    .contains("Platinum");
            vip.restrict(offer.getId(), "Silver", null);
            Customer regular = shop.registeredCustomer();
            Customer loyal = shop.registeredCustomer();
            // 500.00 spent: Silver at once (the award of this order evaluates the tier).
            shop.paidCheckout(loyal, "500.00", 1);
            shop.paidCheckout(regular, "20.00", 1);

            Order loyalCart = shop.cart(loyal, 1, shop.productPriced("100.00"));
            Order regularCart = shop.cart(regular, 1, shop.productPriced("100.00"));

            assertThat(loyalCart.getTotal().getAmount()).isEqualByComparingTo("90.00");
            assertThat(regularCart.getTotal().getAmount()).isEqualByComparingTo("100.00");
            assertThat(shop.checkout(shop.payInFull(regularCart)).getTotal().getAmount()).isEqualByComparingTo("100.00");
            assertThat(shop.checkout(shop.payInFull(loyalCart)).getTotal().getAmount()).isEqualByComparingTo("90.00");
            return null;
        });
    }

    private Offer tenPercentOffForSilver() {
        Offer created = offerDao.create();
        created.setName("Silver ten " + System.nanoTime());
        created.setDescription("Ten percent off for Silver members");
        created.setType(OfferType.ORDER);
        created.setDiscountType(OfferDiscountType.PERCENT_OFF);
        created.setValue(new BigDecimal("10"));
        created.setStartDate(new Date(SystemTime.asMillis() - 86_400_000L));
        created.setAutomaticallyAdded(true);
        created.setCombinableWithOtherOffers(true);
        created.setMaxUsesPerCustomer(0L);
        return offerService.save(created);
    }
}
