package com.broadleafloyalty.demo.seed;

import com.broadleafloyalty.vip.service.VipOfferService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.common.media.domain.MediaImpl;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.broadleafcommerce.core.order.fulfillment.domain.FixedPriceFulfillmentOption;
import org.broadleafcommerce.core.order.fulfillment.domain.FixedPriceFulfillmentOptionImpl;
import org.broadleafcommerce.core.order.service.FulfillmentOptionService;
import org.broadleafcommerce.core.order.service.type.FulfillmentType;
import org.broadleafcommerce.profile.core.domain.Country;
import org.broadleafcommerce.profile.core.domain.CountryImpl;
import org.broadleafcommerce.profile.core.service.CountryService;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * What makes the demo a shop: the countries it ships to, two shipping methods with real prices, a drawn picture for
 * each demo product, and the tiers' free-shipping perks as Broadleaf shipping offers restricted to the tier (VIP
 * offers). Each part is added when missing, so a database from an earlier version gets them on its next start and
 * nothing an admin changed is touched.
 */
public class DemoShopData implements ApplicationListener<ContextRefreshedEvent> {

    private static final Log LOG = LogFactory.getLog(DemoShopData.class);

    /** Shipping methods: name (its label is the message demo.shipping.NAME) and price. */
    public static final String STANDARD = "standard";
    public static final String EXPRESS = "express";
    public static final BigDecimal STANDARD_PRICE = new BigDecimal("5.95");
    public static final BigDecimal EXPRESS_PRICE = new BigDecimal("14.95");

    /** The tiers' shipping perks (see the LOY_TIER rows in sql/demo_catalog.sql). */
    public static final String SILVER_OFFER = "Silver: free shipping over 50.00";
    public static final String GOLD_OFFER = "Gold: free shipping on every order";

    private static final String[][] COUNTRIES = {{"RO", "Romania"}, {"PL", "Poland"}, {"ES", "Spain"},
        {"US", "United States"}};

    @Resource(name = "blCountryService")
    protected CountryService countryService;

    @Resource(name = "blFulfillmentOptionService")
    protected FulfillmentOptionService fulfillmentOptionService;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "blOfferDao")
    protected OfferDao offerDao;

    @Resource(name = "blLoyaltyVipOfferService")
    protected VipOfferService vipOfferService;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (event.getApplicationContext().getParent() != null) {
            return;
        }
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.execute(status -> {
            countries();
            shippingMethods();
            pictures();
            return null;
        });
        // Its own transaction: the VIP rule reads the offer the first one saved.
        transaction.execute(status -> {
            tierShippingOffer(SILVER_OFFER, "Silver", "order.subTotal.getAmount()>=50");
            tierShippingOffer(GOLD_OFFER, "Gold", null);
            return null;
        });
    }

    private void countries() {
        for (String[] country : COUNTRIES) {
            if (countryService.findCountryByAbbreviation(country[0]) == null) {
                Country created = new CountryImpl();
                created.setAbbreviation(country[0]);
                created.setName(country[1]);
                countryService.save(created);
            }
        }
    }

    private void shippingMethods() {
        if (!fulfillmentOptionService.readAllFulfillmentOptions().isEmpty()) {
            return;
        }
        shippingMethod(STANDARD, "Standard delivery, 3 to 5 working days", STANDARD_PRICE);
        shippingMethod(EXPRESS, "Express delivery, next working day", EXPRESS_PRICE);
        LOG.info("Created the demo shipping methods (standard " + STANDARD_PRICE + ", express " + EXPRESS_PRICE + ")");
    }

    private void shippingMethod(String name, String description, BigDecimal price) {
        FixedPriceFulfillmentOption option = new FixedPriceFulfillmentOptionImpl();
        option.setName(name);
        option.setLongDescription(description);
        option.setFulfillmentType(FulfillmentType.PHYSICAL_SHIP);
        option.setUseFlatRates(false);
        option.setPrice(new Money(price));
        fulfillmentOptionService.save(option);
    }

    /** The demo products' pictures, by their URL (drawn SVGs under /img/products). */
    private void pictures() {
        Map<Long, String> pictures = new LinkedHashMap<Long, String>();
        pictures.put(1L, "trail-backpack-30l");
        pictures.put(2L, "insulated-bottle");
        pictures.put(3L, "merino-beanie");
        pictures.put(4L, "camping-stove");
        pictures.put(5L, "headlamp-300lm");
        pictures.put(6L, "trekking-poles");
        for (Map.Entry<Long, String> picture : pictures.entrySet()) {
            Product product = catalogService.findProductById(picture.getKey());
            Sku sku = product == null ? null : product.getDefaultSku();
            if (sku == null || sku.getSkuMedia().containsKey("primary")) {
                continue;
            }
            Media media = new MediaImpl();
            media.setUrl("/img/products/" + picture.getValue() + ".svg");
            media.setTitle(sku.getName());
            media.setAltText(sku.getName());
            sku.getSkuMedia().put("primary", media);
            catalogService.saveSku(sku);
        }
    }

    /** A Broadleaf shipping offer (100% off the shipping) open to customers of the tier and above. */
    private void tierShippingOffer(String name, String tier, String orderRule) {
        List<Offer> existing = em.createQuery("SELECT o FROM org.broadleafcommerce.core.offer.domain.Offer o"
                + " WHERE o.name = :name", Offer.class).setParameter("name", name).getResultList();
        if (!existing.isEmpty()) {
            return;
        }
        Offer offer = offerDao.create();
        offer.setName(name);
        offer.setDescription(name);
        offer.setMarketingMessage(name);
        offer.setType(OfferType.FULFILLMENT_GROUP);
        offer.setDiscountType(OfferDiscountType.PERCENT_OFF);
        offer.setValue(new BigDecimal("100"));
        offer.setStartDate(new Date(SystemTime.asMillis() - 86_400_000L));
        offer.setAutomaticallyAdded(true);
        offer.setCombinableWithOtherOffers(true);
        offer.setStackable(true);
        offer.setMaxUsesPerCustomer(0L);
        if (orderRule != null) {
            offer.setAppliesToOrderRules(orderRule);
        }
        offer = offerDao.save(offer);
        vipOfferService.restrict(offer.getId(), tier, null);
        LOG.info("Created the demo tier shipping offer \"" + name + "\"");
    }
}
