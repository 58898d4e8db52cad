package com.broadleafloyalty.ledger;

import com.broadleafloyalty.ledger.core.AccountPosition;
import com.broadleafloyalty.ledger.core.EarningRule;
import com.broadleafloyalty.ledger.core.MinimumOrderValue;
import com.broadleafloyalty.ledger.core.ProductMultiplier;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.LoyaltyPointsServiceImpl;
import com.broadleafloyalty.ledger.service.LoyaltyProgram;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/** The return window and merchant earning rules, through the real checkout. */
class PendingPointsAndEarningRulesIntegrationTest {

    private static final long DAY = 86_400_000L;

    private final ShopFixture shop = new ShopFixture();
    private final LoyaltyProgram program = LoyaltyTestContext.bean("blLoyaltyProgram", LoyaltyProgram.class);
    private final PointsLedger ledger = LoyaltyTestContext.bean("blLoyaltyPointsLedger", PointsLedger.class);
    private final LoyaltyPointsService points = LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);

    @AfterEach
    void restore() {
        program.setPendingDays(0);
        service().setEarningRules(Collections.<EarningRule>emptyList());
        SystemTime.reset();
    }

    @Test
    void shouldKeepEarnedPointsPendingUntilTheReturnWindowEnds() {
        program.setPendingDays(14);
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            shop.paidCheckout(customer, "300.00", 1);

            AccountPosition today = ledger.position(customer.getId(), 0);
            SystemTime.setGlobalTimeSource(new FixedTimeSource(System.currentTimeMillis() + 13 * DAY));
            AccountPosition day13 = ledger.position(customer.getId(), 0);
            SystemTime.setGlobalTimeSource(new FixedTimeSource(System.currentTimeMillis() + 15 * DAY));
            AccountPosition day15 = ledger.position(customer.getId(), 0);

            assertThat(today.getPending()).isEqualTo(30);
            assertThat(today.getAvailable()).isZero();
            assertThat(day13.getAvailable()).isZero();
            assertThat(day15.getPending()).isZero();
            assertThat(day15.getAvailable()).isEqualTo(30);
            assertThat(points.getBalance(customer.getId())).isEqualTo(30);
            return null;
        });
    }

    @Test
    void shouldApplyMerchantRulesAndRecordThemOnTheEntry() {
        OpenEntityManager.call(() -> {
            Sku tent = shop.productPriced("200.00");
            Sku socks = shop.productPriced("20.00");
            service().setEarningRules(Arrays.<EarningRule>asList(
                    new ProductMultiplier(tent.getDefaultProduct().getId(), new BigDecimal("3"), 10),
                    new MinimumOrderValue(new BigDecimal("50.00"), 1)));
            Customer customer = shop.registeredCustomer();

            Order big = shop.checkout(shop.payInFull(shop.cart(customer, 1, tent, socks)));
            Order small = shop.checkout(shop.payInFull(shop.cart(customer, 2, socks)));

            assertThat(points.pointsEarnedForOrder(big.getId())).isEqualTo(60 + 2);
            assertThat(points.pointsEarnedForOrder(small.getId())).isZero();
            PointsLedgerEntry entry = points.getLedger(customer.getId()).get(0);
            assertThat(entry.getRuleSnapshot()).contains("10 points per 100", "x3", "minimum 50.00");
            return null;
        });
    }

    private static LoyaltyPointsServiceImpl service() {
        return LoyaltyTestContext.target("blLoyaltyPointsService", LoyaltyPointsServiceImpl.class);
    }
}
