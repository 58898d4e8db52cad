package com.broadleafloyalty.vip;

import com.broadleafloyalty.support.core.LoyaltyText;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.Messages;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.vip.core.VipOfferRefusedException;
import com.broadleafloyalty.vip.core.VipRuleRefusedException;
import com.broadleafloyalty.vip.domain.PersonalCode;
import com.broadleafloyalty.vip.service.IssuedCodes;
import com.broadleafloyalty.vip.service.VipOfferService;
import com.broadleafloyalty.vip.service.VisibleVipOffer;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.offer.dao.OfferCodeDao;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * VIP offers on the real Broadleaf context: the offer engine, the cart's codes and the real checkout workflow.
 * Tiers and segments come from {@link MapAudience} (test-only) until the real features are merged.
 */
class VipOffersIntegrationTest {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final ShopFixture shop = new ShopFixture();
    private final VipOfferService vip = LoyaltyTestContext.bean("blLoyaltyVipOfferService", VipOfferService.class);
    private final OfferService offerService = LoyaltyTestContext.bean("blOfferService", OfferService.class);
    private final OfferDao offerDao = LoyaltyTestContext.bean("blOfferDao", OfferDao.class);
    private final OfferCodeDao offerCodeDao = LoyaltyTestContext.bean("blOfferCodeDao", OfferCodeDao.class);
    private final OrderService orderService = LoyaltyTestContext.bean("blOrderService", OrderService.class);
    private final List<Offer> offers = new ArrayList<Offer>();
    private MapAudience audience;

    @BeforeEach
    void installAudience() {
        audience = new MapAudience().install();
    }

    /** Ends this test's offers, so no later test in this JVM meets them (rows stay; the context is shared). */
    @AfterEach
    void endOffersAndUninstallAudience() {
        audience.uninstall();
        for (Offer offer : offers) {
            Offer current = offerDao.readOfferById(offer.getId());
            current.setEndDate(new Date(SystemTime.asMillis() - 1000L));
            offerService.save(current);
        }
    }

    @Test
    void shouldApplyAnAutomaticVipOfferOnlyToEligibleShoppersAtPricingAndCheckout() {
        OpenEntityManager.call(() -> {
            Offer goldOffer = tenPercentOff("Gold ten", true);
            vip.restrict(goldOffer.getId(), "Gold", null);
            Customer gold = shop.registeredCustomer();
            Customer silver = shop.registeredCustomer();
            audience.tier(gold.getId(), "Gold").tier(silver.getId(), "Silver");

            Order goldCart = shop.cart(gold, 1, shop.productPriced("100.00"));
            Order silverCart = shop.cart(silver, 1, shop.productPriced("100.00"));
            Order guestCart = shop.cart(shop.guestCustomer(), 1, shop.productPriced("100.00"));

            assertThat(goldCart.getTotal().getAmount()).isEqualByComparingTo("90.00");
            assertThat(silverCart.getTotal().getAmount()).isEqualByComparingTo("100.00");
            assertThat(guestCart.getTotal().getAmount()).isEqualByComparingTo("100.00");
            assertThat(shop.checkout(shop.payInFull(goldCart)).getTotal().getAmount()).isEqualByComparingTo("90.00");
            Order silverOrder = shop.checkout(shop.payInFull(silverCart));
            assertThat(silverOrder.getTotal().getAmount()).isEqualByComparingTo("100.00");
            assertThat(offerService.getUniqueOffersFromOrder(silverOrder)).doesNotContain(goldOffer);
            return null;
        });
    }

    @Test
    void shouldRefuseAVipCodeForAnIneligibleShopperEvenWhenTheRequestNamesIt() {
        OpenEntityManager.call(() -> {
            Offer champions = tenPercentOff("Champions ten", false);
            String code = codeFor(champions);
            vip.restrict(champions.getId(), null, "Champions");
            Customer champion = shop.registeredCustomer();
            Customer other = shop.registeredCustomer();
            audience.segment(champion.getId(), "Champions").segment(other.getId(), "At risk");

            Order otherCart = shop.cart(other, 1, shop.productPriced("100.00"));
            Order refusedCart = otherCart;
            assertThat(Messages.englishRefusal(() -> vip.addCode(refusedCart, code), VipOfferRefusedException.class))
                    .isEqualTo("The offer \"Champions ten\" is reserved for VIP customers.");
            // Around the check (Broadleaf's own addOfferCode, as any other cart endpoint would): pricing drops it.
            otherCart = orderService.addOfferCode(shop.reload(otherCart), offerService.lookupOfferCodeByCode(code), true);
            assertThat(otherCart.getTotal().getAmount()).isEqualByComparingTo("100.00");
            assertThat(otherCart.getAddedOfferCodes()).isEmpty();
            Order otherOrder = shop.checkout(shop.payInFull(otherCart));
            assertThat(otherOrder.getTotal().getAmount()).isEqualByComparingTo("100.00");

            Order championCart = vip.addCode(shop.cart(champion, 1, shop.productPriced("100.00")), code);
            assertThat(championCart.getTotal().getAmount()).isEqualByComparingTo("90.00");
            assertThat(shop.checkout(shop.payInFull(championCart)).getTotal().getAmount()).isEqualByComparingTo("90.00");
            return null;
        });
    }

    @Test
    void shouldRefuseTheCheckoutAndRepriceTheCartWhenTheShopperNoLongerQualifies() {
        OpenEntityManager.call(() -> {
            Offer champions = tenPercentOff("Champions only", false);
            String code = codeFor(champions);
            vip.restrict(champions.getId(), null, "Champions");
            Customer customer = shop.registeredCustomer();
            audience.segment(customer.getId(), "Champions");
            Order cart = shop.payInFull(vip.addCode(shop.cart(customer, 1, shop.productPriced("100.00")), code));
            assertThat(cart.getTotal().getAmount()).isEqualByComparingTo("90.00");

            audience.segment(customer.getId(), "At risk");
            Order stale = cart;

            Throwable refused = catchThrowable(() -> shop.checkout(stale));
            assertThat(refused).isInstanceOf(CheckoutException.class)
                    .hasRootCauseInstanceOf(VipOfferRefusedException.class);
            LoyaltyText reason = Messages.causeOf(refused, VipOfferRefusedException.class).getText();
            assertThat(Messages.english(reason))
                    .isEqualTo("The offer \"Champions only\" is reserved for VIP customers. Your cart has been"
                            + " updated without it: please review the new total and check out again.");
            assertThat(Messages.in(Messages.ROMANIAN, reason))
                    .isEqualTo("Oferta „Champions only” este rezervată clienților VIP. Am actualizat coșul fără ea:"
                            + " verifică noul total și finalizează din nou comanda.");
            Order repriced = shop.reload(cart);
            assertThat(repriced.getTotal().getAmount()).isEqualByComparingTo("100.00");
            assertThat(repriced.getAddedOfferCodes()).isEmpty();
            assertThat(repriced.getStatus().getType()).isEqualTo("IN_PROCESS");
            return null;
        });
    }

    @Test
    void shouldIssueOnePersonalCodePerCustomerUsableOnlyByItsOwnerAndOnlyOnce() {
        OpenEntityManager.call(() -> {
            Offer personalOffer = tenPercentOff("Welcome back", false);
            Customer first = shop.registeredCustomer();
            Customer second = shop.registeredCustomer();
            Customer outsider = shop.registeredCustomer();
            String segment = "Lapsed " + SEQUENCE.incrementAndGet();
            audience.segment(first.getId(), segment).segment(second.getId(), segment);

            IssuedCodes issued = vip.issuePersonalCodes(personalOffer.getId(), segment);
            IssuedCodes again = vip.issuePersonalCodes(personalOffer.getId(), segment);

            assertThat(issued.getIssued()).isEqualTo(2);
            assertThat(again.getIssued()).isZero();
            assertThat(again.getAlreadyHad()).isEqualTo(2);
            List<PersonalCode> codes = vip.personalCodes(personalOffer.getId());
            assertThat(codes).extracting(PersonalCode::getCustomerId).containsExactlyInAnyOrder(first.getId(), second.getId());
            String firstCode = codes.get(0).getCustomerId().equals(first.getId()) ? codes.get(0).getCode() : codes.get(1).getCode();
            assertThat(offerCodeDao.readOfferCodeByCode(firstCode).getMaxUses()).isEqualTo(1);

            Order secondCart = shop.cart(second, 1, shop.productPriced("100.00"));
            assertThat(Messages.englishRefusal(() -> vip.addCode(secondCart, firstCode),
                    VipOfferRefusedException.class))
                    .isEqualTo("The code \"" + firstCode + "\" is personal to another customer.");
            Order outsiderCart = orderService.addOfferCode(shop.cart(outsider, 1, shop.productPriced("100.00")),
                    offerService.lookupOfferCodeByCode(firstCode), true);
            assertThat(outsiderCart.getTotal().getAmount()).isEqualByComparingTo("100.00");

            assertThat(vip.visibleTo(first)).isEmpty(); // the offer is not VIP-restricted: codes are personal only
            Order firstOrder = shop.checkout(shop.payInFull(vip.addCode(shop.cart(first, 1, shop.productPriced("100.00")), firstCode)));
            assertThat(firstOrder.getTotal().getAmount()).isEqualByComparingTo("90.00");
            Order nextCart = shop.cart(first, 1, shop.productPriced("100.00"));
            assertThat(Messages.englishRefusal(() -> vip.addCode(nextCart, firstCode), VipOfferRefusedException.class))
                    .isEqualTo("The code \"" + firstCode + "\" has already been used.");
            return null;
        });
    }

    @Test
    void shouldGiveOneCustomerTheSamePersonalCodeEachTimeItIsAsked() {
        OpenEntityManager.call(() -> {
            Offer personalOffer = tenPercentOff("Come back soon", false);
            Customer customer = shop.registeredCustomer();
            Customer other = shop.registeredCustomer();

            String code = vip.personalCodeFor(personalOffer.getId(), customer.getId(), "win-back");
            String again = vip.personalCodeFor(personalOffer.getId(), customer.getId(), "campaign");
            String othersCode = vip.personalCodeFor(personalOffer.getId(), other.getId(), "win-back");

            assertThat(again).isEqualTo(code);
            assertThat(othersCode).isNotEqualTo(code);
            assertThat(offerCodeDao.readOfferCodeByCode(code).getMaxUses()).isEqualTo(1);
            assertThat(vip.personalCodes(personalOffer.getId())).extracting(PersonalCode::getCustomerId)
                    .containsExactlyInAnyOrder(customer.getId(), other.getId());
            assertThat(Messages.englishRefusal(() -> vip.personalCodeFor(-42L, customer.getId(), "win-back"),
                    VipRuleRefusedException.class)).contains("-42");
            return null;
        });
    }

    @Test
    void shouldShowEligibleShoppersTheirVipOffersWithTheirPersonalCode() {
        OpenEntityManager.call(() -> {
            Offer silverOffer = tenPercentOff("Silver weekend", true);
            vip.restrict(silverOffer.getId(), "Silver", null);
            Offer goldOffer = tenPercentOff("Gold code", false);
            String goldCode = codeFor(goldOffer);
            vip.restrict(goldOffer.getId(), "Gold", null);
            Offer championsOffer = tenPercentOff("Champions gift", false);
            String segment = "Champions " + SEQUENCE.incrementAndGet();
            vip.restrict(championsOffer.getId(), null, segment);
            Customer champion = shop.registeredCustomer();
            Customer bronze = shop.registeredCustomer();
            audience.tier(champion.getId(), "Gold").segment(champion.getId(), segment).tier(bronze.getId(), "Bronze");
            vip.issuePersonalCodes(championsOffer.getId(), segment);

            List<VisibleVipOffer> shown = vip.visibleTo(champion);

            assertThat(shown).extracting(VisibleVipOffer::getName).contains("Silver weekend", "Gold code", "Champions gift");
            assertThat(shown).filteredOn(o -> o.getName().equals("Silver weekend")).extracting(VisibleVipOffer::getCode)
                    .containsOnlyNulls();
            assertThat(shown).filteredOn(o -> o.getName().equals("Gold code")).extracting(VisibleVipOffer::getCode)
                    .containsExactly(goldCode);
            VisibleVipOffer gift = shown.stream().filter(o -> o.getName().equals("Champions gift")).findFirst().get();
            assertThat(gift.isPersonal()).isTrue();
            assertThat(gift.getCode()).isEqualTo(vip.personalCodes(championsOffer.getId()).get(0).getCode());
            assertThat(vip.visibleTo(bronze)).extracting(VisibleVipOffer::getName)
                    .doesNotContain("Silver weekend", "Gold code", "Champions gift");
            assertThat(vip.visibleTo(shop.guestCustomer())).isEmpty();
            return null;
        });
    }

    @Test
    void shouldRefuseARuleWithNeitherTierNorSegmentOrWithAnUnknownTier() {
        OpenEntityManager.call(() -> {
            Offer offer = tenPercentOff("Not yet VIP", false);

            assertThat(Messages.englishRefusal(() -> vip.restrict(offer.getId(), " ", null),
                    VipRuleRefusedException.class))
                    .isEqualTo("A VIP offer needs a minimum tier or a segment (or both).");
            assertThat(Messages.englishRefusal(() -> vip.restrict(offer.getId(), "Diamond", null),
                    VipRuleRefusedException.class))
                    .isEqualTo("Unknown tier \"Diamond\". Known tiers: Bronze, Silver, Gold.");
            assertThat(Messages.englishRefusal(() -> vip.restrict(-1L, "Gold", null), VipRuleRefusedException.class))
                    .isEqualTo("Choose the Broadleaf offer to restrict.");
            assertThat(vip.restrict(offer.getId(), "Gold", "Champions").getMinTierName()).isEqualTo("Gold");
            assertThat(vip.restrict(offer.getId(), null, "Champions").getMinTierName()).isNull();
            assertThat(vip.findAll()).filteredOn(v -> v.getOffer().getId().equals(offer.getId())).hasSize(1);
            return null;
        });
    }

    private Offer tenPercentOff(String name, boolean automatic) {
        Offer offer = offerDao.create();
        offer.setName(name);
        offer.setDescription(name + " description");
        offer.setType(OfferType.ORDER);
        offer.setDiscountType(OfferDiscountType.PERCENT_OFF);
        offer.setValue(new BigDecimal("10"));
        offer.setStartDate(new Date(SystemTime.asMillis() - 86_400_000L));
        offer.setAutomaticallyAdded(automatic);
        offer.setCombinableWithOtherOffers(true);
        offer.setMaxUsesPerCustomer(0L);
        offer = offerService.save(offer);
        offers.add(offer);
        return offer;
    }

    private String codeFor(Offer offer) {
        OfferCode code = offerCodeDao.create();
        code.setOffer(offer);
        code.setOfferCode("SHARED-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime());
        return offerService.saveOfferCode(code).getOfferCode();
    }
}
