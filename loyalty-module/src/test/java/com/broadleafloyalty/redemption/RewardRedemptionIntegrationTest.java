package com.broadleafloyalty.redemption;

import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.redemption.core.RedemptionRefusedException;
import com.broadleafloyalty.redemption.dao.RewardItemDao;
import com.broadleafloyalty.redemption.domain.Redemption;
import com.broadleafloyalty.redemption.domain.RedemptionStatus;
import com.broadleafloyalty.redemption.domain.RewardItem;
import com.broadleafloyalty.redemption.domain.RewardItemImpl;
import com.broadleafloyalty.redemption.domain.RewardType;
import com.broadleafloyalty.redemption.service.RedemptionService;
import com.broadleafloyalty.returns.service.LoyaltyReturnService;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.Messages;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.SwitchableFailingActivity;
import com.broadleafloyalty.test.WebhookWatch;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.fulfillment.domain.FixedPriceFulfillmentOption;
import org.broadleafcommerce.core.order.fulfillment.domain.FixedPriceFulfillmentOptionImpl;
import org.broadleafcommerce.core.order.service.FulfillmentOptionService;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.FulfillmentType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.List;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reward catalog items redeemed in a real Broadleaf cart: discounts and free shipping priced, free products added at
 * zero price, points debited and stock taken exactly once at checkout, everything given back when checkout fails.
 */
class RewardRedemptionIntegrationTest {

    private final ShopFixture shop = new ShopFixture();
    private final RedemptionService redemptions =
            LoyaltyTestContext.bean("blLoyaltyRedemptionService", RedemptionService.class);
    private final LoyaltyPointsService points =
            LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);
    private final RewardItemDao dao = LoyaltyTestContext.bean("blLoyaltyRewardItemDao", RewardItemDao.class);
    private final JdbcTemplate jdbc = new JdbcTemplate(LoyaltyTestContext.bean("blLoyaltyTestDataSource", DataSource.class));

    @AfterEach
    void reset() {
        SwitchableFailingActivity.disarm();
    }

    @Test
    void fixedDiscountIsPricedIntoTheCartAndPaidWithPointsOnceAtCheckout() {
        OpenEntityManager.call(() -> {
            RewardItem voucher = reward("10 off", RewardType.FIXED_DISCOUNT, 200, 5, new BigDecimal("10"), null);
            Customer customer = shop.registeredCustomer();
            shop.grantPoints(customer, 500);
            Order cart = shop.cart(customer, 1, shop.productPriced("45.00"));

            cart = redemptions.redeemReward(cart, String.valueOf(voucher.getId()));

            assertThat(cart.getOrderAdjustmentsValue().getAmount()).isEqualByComparingTo("10.00");
            assertThat(cart.getTotal().getAmount()).isEqualByComparingTo("35.00");
            assertThat(redemptions.availableFor(cart)).isEqualTo(300);
            Order order;
            try (WebhookWatch watch = new WebhookWatch("reward.redeemed")) {
                order = shop.checkout(shop.payInFull(cart));
                assertThat(redemptions.consume(shop.reload(order))).isEmpty();

                assertThat(watch.about(customer.getId())).hasSize(1);
                assertThat(watch.about(customer.getId()).get(0).getPayload()).contains("\"reward\":\"10 off",
                        "\"points\":200", "\"orderId\":" + order.getId());
            }

            assertThat(order.getTotal().getAmount()).isEqualByComparingTo("35.00");
            assertThat(stockOf(voucher)).isEqualTo(4);
            assertThat(ledgerOf(customer)).contains("REDEEM -200 REWARD", "BONUS 500 ADMIN");
            assertThat(redemptions.redemptionsFor(order.getId())).extracting(Redemption::getStatus)
                    .containsExactly(RedemptionStatus.CONSUMED);

            // Completing the same order again (a retried checkout) neither debits nor takes stock twice.
            assertThat(redemptions.consume(shop.reload(order))).isEmpty();
            assertThat(stockOf(voucher)).isEqualTo(4);
            assertThat(points.getBalance(customer.getId())).isEqualTo(500 - 200 + 3);
            return null;
        });
    }

    @Test
    void percentDiscountAndPointsTogetherNeverTakeMoreThanTheMerchandise() {
        OpenEntityManager.call(() -> {
            RewardItem percent = reward("15% off", RewardType.PERCENT_DISCOUNT, 100, null, new BigDecimal("15"), null);
            Customer customer = shop.registeredCustomer();
            shop.grantPoints(customer, 1000);
            Order cart = shop.cart(customer, 1, shop.productPriced("40.00"));

            Order discounted = redemptions.redeemReward(cart, String.valueOf(percent.getId()));
            assertThat(discounted.getOrderAdjustmentsValue().getAmount()).isEqualByComparingTo("6.00");

            // 34.00 of merchandise is left for points: at 100 points = 10.00, at most 340 points.
            assertThat(Messages.englishRefusal(() -> redemptions.applyPoints(shop.reload(discounted), "350"),
                    RedemptionRefusedException.class))
                    .contains("At most 340 points");
            Order withPoints = redemptions.applyPoints(shop.reload(discounted), "340");
            assertThat(withPoints.getTotal().getAmount()).isEqualByComparingTo("0.00");
            assertThat(redemptions.availableFor(withPoints)).isEqualTo(900);

            Order order = shop.checkout(shop.payInFull(withPoints));
            assertThat(ledgerOf(customer)).contains("REDEEM -100 REWARD", "REDEEM -340 REDEMPTION");
            assertThat(points.getBalance(customer.getId())).isEqualTo(1000 - 100 - 340);
            assertThat(order.getTotal().getAmount()).isEqualByComparingTo("0.00");
            return null;
        });
    }

    @Test
    void freeProductIsAddedAtZeroPriceAndItsStockTakenOnce() {
        OpenEntityManager.call(() -> {
            Sku mug = shop.productPriced("12.00");
            RewardItem gift = reward("Free mug", RewardType.FREE_PRODUCT, 300, 2, null, mug);
            Customer customer = shop.registeredCustomer();
            shop.grantPoints(customer, 300);
            Order cart = shop.cart(customer, 1, mug, shop.productPriced("30.00"));

            cart = redemptions.redeemReward(cart, String.valueOf(gift.getId()));

            assertThat(cart.getOrderItems()).hasSize(3);
            assertThat(cart.getSubTotal().getAmount()).isEqualByComparingTo("42.00");
            assertThat(freeLine(cart).getQuantity()).isEqualTo(1);
            assertThat(freeLine(cart).getPriceBeforeAdjustments(true).getAmount()).isZero();
            Order order = shop.checkout(shop.payInFull(cart));

            assertThat(order.getTotal().getAmount()).isEqualByComparingTo("42.00");
            assertThat(stockOf(gift)).isEqualTo(1);
            assertThat(points.getBalance(customer.getId())).isEqualTo(0 + 4);
            return null;
        });
    }

    @Test
    void removingAFreeProductRewardTakesItsLineOutAndFreesThePoints() {
        OpenEntityManager.call(() -> {
            Sku book = shop.productPriced("9.00");
            RewardItem gift = reward("Free book", RewardType.GIFT, 150, null, null, book);
            Customer customer = shop.registeredCustomer();
            shop.grantPoints(customer, 400);
            Order cart = redemptions.redeemReward(shop.cart(customer, 1, shop.productPriced("20.00")), String.valueOf(gift.getId()));
            assertThat(cart.getOrderItems()).hasSize(2);
            assertThat(redemptions.availableFor(cart)).isEqualTo(250);

            cart = redemptions.removeReward(cart, String.valueOf(gift.getId()));

            assertThat(cart.getOrderItems()).hasSize(1);
            assertThat(cart.getTotal().getAmount()).isEqualByComparingTo("20.00");
            assertThat(redemptions.redemptionsFor(cart.getId())).isEmpty();
            assertThat(redemptions.availableFor(cart)).isEqualTo(400);
            return null;
        });
    }

    @Test
    void freeShippingZeroesTheShippingPrice() {
        OpenEntityManager.call(() -> {
            RewardItem shipping = reward("Free shipping", RewardType.FREE_SHIPPING, 50, null, null, null);
            Customer customer = shop.registeredCustomer();
            shop.grantPoints(customer, 100);
            Order cart = withShipping(shop.cart(customer, 1, shop.productPriced("25.00")), "5.00");
            assertThat(cart.getTotal().getAmount()).isEqualByComparingTo("30.00");

            Order free = redemptions.redeemReward(cart, String.valueOf(shipping.getId()));

            assertThat(free.getTotalFulfillmentCharges().getAmount()).isEqualByComparingTo("0.00");
            assertThat(free.getTotal().getAmount()).isEqualByComparingTo("25.00");
            assertThat(Messages.englishRefusal(() -> redemptions.redeemReward(shop.reload(free), String.valueOf(shipping.getId())),
                    RedemptionRefusedException.class))
                    .contains("already in your cart");
            Order order = shop.checkout(shop.payInFull(shop.reload(free)));
            assertThat(order.getTotal().getAmount()).isEqualByComparingTo("25.00");
            assertThat(points.getBalance(customer.getId())).isEqualTo(100 - 50 + 2);
            return null;
        });
    }

    @Test
    void refusalsSaySoAndChangeNothing() {
        OpenEntityManager.call(() -> {
            RewardItem dear = reward("Weekend away", RewardType.FIXED_DISCOUNT, 5000, null, new BigDecimal("50"), null);
            RewardItem soldOut = reward("Sold out voucher", RewardType.FIXED_DISCOUNT, 10, 0, new BigDecimal("5"), null);
            RewardItem retired = reward("Old voucher", RewardType.FIXED_DISCOUNT, 10, null, new BigDecimal("5"), null);
            retired.setActive(false);
            save(retired);
            Customer customer = shop.registeredCustomer();
            shop.grantPoints(customer, 400);
            Order cart = shop.cart(customer, 1, shop.productPriced("80.00"));

            assertRefused(cart, String.valueOf(dear.getId()), "costs 5,000 points; you have 400 available");
            assertRefused(cart, String.valueOf(soldOut.getId()), "out of stock");
            assertRefused(cart, String.valueOf(retired.getId()), "not available");
            assertRefused(cart, "999999999", "not available");
            assertRefused(cart, "abc", "Choose a reward");
            Order guestCart = shop.cart(shop.guestCustomer(), 1, shop.productPriced("5.00"));
            assertThat(Messages.englishRefusal(() -> redemptions.redeemReward(guestCart, String.valueOf(dear.getId())),
                    RedemptionRefusedException.class))
                    .contains("Log in");

            Order reloaded = shop.reload(cart);
            assertThat(reloaded.getTotal().getAmount()).isEqualByComparingTo("80.00");
            assertThat(redemptions.redemptionsFor(cart.getId())).isEmpty();
            assertThat(redemptions.availableFor(reloaded)).isEqualTo(400);
            return null;
        });
    }

    @Test
    void aFailedCheckoutGivesThePointsAndTheStockBack() {
        OpenEntityManager.call(() -> {
            Sku cap = shop.productPriced("8.00");
            RewardItem gift = reward("Free cap", RewardType.FREE_PRODUCT, 120, 3, null, cap);
            RewardItem voucher = reward("5 off", RewardType.FIXED_DISCOUNT, 80, 3, new BigDecimal("5"), null);
            Customer customer = shop.registeredCustomer();
            shop.grantPoints(customer, 300);
            Order cart = shop.cart(customer, 1, shop.productPriced("40.00"));
            cart = redemptions.redeemReward(cart, String.valueOf(gift.getId()));
            cart = redemptions.redeemReward(cart, String.valueOf(voucher.getId()));
            Order paid = shop.payInFull(cart);
            SwitchableFailingActivity.failNextCheckout();

            assertThatThrownBy(() -> shop.checkout(paid)).isInstanceOf(CheckoutException.class);

            assertThat(stockOf(gift)).isEqualTo(3);
            assertThat(stockOf(voucher)).isEqualTo(3);
            assertThat(points.getBalance(customer.getId())).isEqualTo(300);
            assertThat(ledgerOf(customer)).noneMatch(line -> line.startsWith("REDEEM"));
            assertThat(redemptions.redemptionsFor(cart.getId())).isEmpty();
            return null;
        });
    }

    @Test
    void aFailedCheckoutGivesBackThePointsAndTheRewardsOfOneCartTogether() {
        OpenEntityManager.call(() -> {
            RewardItem voucher = reward("5 off", RewardType.FIXED_DISCOUNT, 100, 2, new BigDecimal("5"), null);
            Customer customer = shop.registeredCustomer();
            shop.grantPoints(customer, 500);
            Order cart = redemptions.redeemReward(shop.cart(customer, 1, shop.productPriced("40.00")),
                    String.valueOf(voucher.getId()));
            cart = redemptions.applyPoints(shop.reload(cart), "200");
            assertThat(cart.getTotal().getAmount()).isEqualByComparingTo("15.00");
            Order paid = shop.payInFull(cart);
            SwitchableFailingActivity.failNextCheckout();

            assertThatThrownBy(() -> shop.checkout(paid)).isInstanceOf(CheckoutException.class);

            assertThat(stockOf(voucher)).isEqualTo(2);
            assertThat(points.getBalance(customer.getId())).isEqualTo(500);
            assertThat(ledgerOf(customer)).noneMatch(line -> line.startsWith("REDEEM"));
            assertThat(redemptions.redemptionsFor(cart.getId())).isEmpty();
            assertThat(redemptions.availableFor(shop.reload(cart))).isEqualTo(500);
            return null;
        });
    }

    @Test
    void aCartWhoseRewardWasReleasedCannotCheckOutWithIt() {
        OpenEntityManager.call(() -> {
            Sku pen = shop.productPriced("3.00");
            RewardItem gift = reward("Free pen", RewardType.GIFT, 60, null, null, pen);
            Customer customer = shop.registeredCustomer();
            shop.grantPoints(customer, 60);
            Order cart = redemptions.redeemReward(shop.cart(customer, 1, shop.productPriced("10.00")), String.valueOf(gift.getId()));
            Redemption redemption = redemptions.redemptionsFor(cart.getId()).get(0);
            jdbc.update("UPDATE LOY_CART_REDEMPTION SET STATUS = 'RELEASED' WHERE REDEMPTION_ID = ?",
                    redemption.getId());

            Order paid = shop.payInFull(shop.reloadById(cart.getId()));
            assertThatThrownBy(() -> shop.checkout(paid)).isInstanceOf(CheckoutException.class);
            // What stopped it (the test gateway's payment rollback then hides the cause in the checkout exception):
            assertThat(Messages.englishRefusal(() -> redemptions.consume(shop.reload(paid))))
                    .contains("\"" + freeLine(cart).getName() + "\" in your cart is no longer reserved");
            assertThat(points.getBalance(customer.getId())).isEqualTo(60);
            assertThat(ledgerOf(customer)).noneMatch(line -> line.startsWith("REDEEM"));
            return null;
        });
    }

    @Test
    void cancellingTheOrderGivesTheRewardPointsAndStockBackOnce() {
        OpenEntityManager.call(() -> {
            RewardItem voucher = reward("20 off", RewardType.FIXED_DISCOUNT, 250, 1, new BigDecimal("20"), null);
            Customer customer = shop.registeredCustomer();
            shop.grantPoints(customer, 250);
            Order cart = redemptions.redeemReward(shop.cart(customer, 1, shop.productPriced("60.00")), String.valueOf(voucher.getId()));
            Order order = shop.checkout(shop.payInFull(cart));
            assertThat(stockOf(voucher)).isZero();
            LoyaltyReturnService returns = LoyaltyTestContext.bean("blLoyaltyReturnService", LoyaltyReturnService.class);

            returns.cancelOrder(order.getId(), "test");
            returns.cancelOrder(order.getId(), "test");

            assertThat(stockOf(voucher)).isEqualTo(1);
            assertThat(points.getBalance(customer.getId())).isEqualTo(250);
            assertThat(ledgerOf(customer)).contains("RESTORE 250 REWARD");
            return null;
        });
    }

    private void assertRefused(Order cart, String input, String message) {
        assertThat(Messages.englishRefusal(() -> redemptions.redeemReward(shop.reload(cart), input),
                RedemptionRefusedException.class))
                .contains(message);
    }

    private static OrderItem freeLine(Order cart) {
        for (OrderItem item : cart.getOrderItems()) {
            if (item.isSalePriceOverride()) {
                return item;
            }
        }
        throw new AssertionError("no free line in " + cart.getOrderItems());
    }

    private Order withShipping(Order cart, String price) throws Exception {
        FulfillmentOptionService options = LoyaltyTestContext.bean("blFulfillmentOptionService", FulfillmentOptionService.class);
        FixedPriceFulfillmentOption option = new FixedPriceFulfillmentOptionImpl();
        option.setName("Standard " + System.nanoTime());
        option.setPrice(new Money(new BigDecimal(price), cart.getCurrency()));
        option.setCurrency(cart.getCurrency());
        option.setFulfillmentType(FulfillmentType.PHYSICAL_SHIP);
        FixedPriceFulfillmentOption saved = (FixedPriceFulfillmentOption) options.save(option);
        FulfillmentGroup group = cart.getFulfillmentGroups().get(0);
        group.setFulfillmentOption(saved);
        group.setType(FulfillmentType.PHYSICAL_SHIP);
        return LoyaltyTestContext.bean("blOrderService", OrderService.class).save(cart, true);
    }

    private RewardItem reward(String name, RewardType type, long cost, Integer stock, BigDecimal value, Sku product) {
        RewardItem item = new RewardItemImpl();
        item.setName(name + " " + System.nanoTime());
        item.setPointsCost(cost);
        item.setRewardType(type);
        item.setActive(true);
        item.setStock(stock);
        item.setRewardValue(value);
        item.setProduct(product == null ? null : product.getDefaultProduct());
        return save(item);
    }

    private RewardItem save(RewardItem item) {
        TransactionTemplate tx = new TransactionTemplate(
                LoyaltyTestContext.bean("blTransactionManager", PlatformTransactionManager.class));
        return tx.execute(status -> dao.save(item));
    }

    private Integer stockOf(RewardItem item) {
        return jdbc.queryForObject("SELECT STOCK FROM LOY_REWARD_ITEM WHERE REWARD_ITEM_ID = ?", Integer.class,
                item.getId());
    }

    private List<String> ledgerOf(Customer customer) {
        return jdbc.queryForList("SELECT ENTRY_TYPE || ' ' || POINTS || ' ' || SOURCE_TYPE FROM LOY_LEDGER_ENTRY"
                + " WHERE CUSTOMER_ID = ? ORDER BY LEDGER_ENTRY_ID", String.class, customer.getId());
    }
}
