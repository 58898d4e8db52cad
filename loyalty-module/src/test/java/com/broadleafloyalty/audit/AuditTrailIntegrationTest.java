package com.broadleafloyalty.audit;

import com.broadleafloyalty.audit.core.AuditKind;
import com.broadleafloyalty.audit.core.AuditQuery;
import com.broadleafloyalty.audit.core.AuditedChange;
import com.broadleafloyalty.audit.domain.AuditEntry;
import com.broadleafloyalty.audit.service.AuditLog;
import com.broadleafloyalty.audit.service.AuditPage;
import com.broadleafloyalty.audit.service.AuditTrail;
import com.broadleafloyalty.ledger.service.AdjustmentRefusedException;
import com.broadleafloyalty.ledger.service.PointsAdjustmentService;
import com.broadleafloyalty.returns.service.LoyaltyReturnService;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log on the real Broadleaf context: a row for each audited change with its admin, kind, entity and
 * before/after, written in the change's transaction (gone when it rolls back, absent when the change is refused).
 * Every test works under an admin login of its own, so it reads only its own rows.
 */
class AuditTrailIntegrationTest {

    private final ShopFixture shop = new ShopFixture();
    private final AuditTrail trail = LoyaltyTestContext.bean("blLoyaltyAuditTrail", AuditTrail.class);
    private final AuditLog log = LoyaltyTestContext.bean("blLoyaltyAuditTrail", AuditLog.class);
    private final PointsAdjustmentService adjustments = LoyaltyTestContext.bean("blLoyaltyPointsAdjustmentService",
            PointsAdjustmentService.class);
    private final LoyaltyReturnService returns = LoyaltyTestContext.bean("blLoyaltyReturnService",
            LoyaltyReturnService.class);

    @Test
    void shouldAuditAnAdjustmentWithTheBalanceBeforeAndAfter() {
        String admin = newAdmin();
        Customer customer = shop.registeredCustomer();
        adjustments.adjust(customer.getId(), "120", "Goodwill", admin);
        adjustments.adjust(customer.getId(), "-20", "Typo; fixed", admin);

        List<AuditEntry> rows = rowsOf(admin);

        assertThat(rows).hasSize(2);
        AuditEntry newest = rows.get(0);
        assertThat(newest.getKind()).isEqualTo(AuditKind.POINTS_ADJUSTED.name());
        assertThat(newest.getAdminLogin()).isEqualTo(admin);
        assertThat(newest.getEntityType()).isEqualTo("Customer");
        assertThat(newest.getEntityId()).isEqualTo(String.valueOf(customer.getId()));
        assertThat(newest.getBefore()).isEqualTo("balance=120");
        assertThat(newest.getAfter()).startsWith("balance=100; points=-20; reason=Typo\\; fixed; ledgerEntry=");
        assertThat(newest.getCreatedDate()).isNotNull();
        assertThat(newest.getClientAddress()).as("no request outside the admin").isNull();
        assertThat(rows.get(1).getBefore()).isEqualTo("balance=0");
    }

    @Test
    void shouldWriteNothingForARefusedAdjustment() {
        String admin = newAdmin();
        Customer customer = shop.registeredCustomer();

        assertThatThrownBy(() -> adjustments.adjust(customer.getId(), "-5", "Too much", admin))
                .isInstanceOf(AdjustmentRefusedException.class);
        assertThatThrownBy(() -> adjustments.adjust(customer.getId(), "5", " ", admin))
                .isInstanceOf(AdjustmentRefusedException.class);

        assertThat(rowsOf(admin)).isEmpty();
    }

    @Test
    void shouldRollBackTheRowWithTheChangesTransaction() {
        String admin = newAdmin();
        TransactionTemplate transaction = new TransactionTemplate(
                LoyaltyTestContext.bean("blTransactionManager", PlatformTransactionManager.class));

        transaction.execute(status -> {
            trail.record(admin, AuditedChange.of(AuditKind.TIER_CHANGED, "Tier", 7).after("name", "Gold"));
            status.setRollbackOnly();
            return null;
        });
        transaction.execute(status -> {
            trail.record(admin, AuditedChange.of(AuditKind.TIER_CHANGED, "Tier", 8).before("name", "Silver")
                    .after("name", "Silver+"));
            return null;
        });

        List<AuditEntry> rows = rowsOf(admin);
        assertThat(rows).extracting(AuditEntry::getEntityId).containsExactly("8");
        assertThat(rows.get(0).getBefore()).isEqualTo("name=Silver");
        assertThat(rows.get(0).getAfter()).isEqualTo("name=Silver+");
    }

    @Test
    void shouldAuditACancellationOnceWithItsPoints() throws Exception {
        String admin = newAdmin();
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        Order order = OpenEntityManager.call(() -> shop.paidCheckout(customer, "200.00", 1));

        returns.cancelOrder(order.getId(), admin);
        returns.cancelOrder(order.getId(), admin);

        List<AuditEntry> rows = rowsOf(admin);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getKind()).isEqualTo(AuditKind.ORDER_CANCELLED.name());
        assertThat(rows.get(0).getEntityType()).isEqualTo("Order");
        assertThat(rows.get(0).getEntityId()).isEqualTo(String.valueOf(order.getId()));
        assertThat(rows.get(0).getBefore()).isEqualTo("orderNumber=" + order.getOrderNumber() + "; status=SUBMITTED");
        assertThat(rows.get(0).getAfter()).startsWith("status=CANCELLED; pointsClawedBack=");
    }

    @Test
    void shouldFilterByKindAndDayAndPageNewestFirst() {
        String admin = newAdmin();
        for (int i = 1; i <= AuditQuery.PAGE_SIZE + 5; i++) {
            trail.record(admin, AuditedChange.of(AuditKind.REWARD_CHANGED, "RewardItem", i).after("stock", i));
        }
        trail.record(admin, AuditedChange.of(AuditKind.API_KEY_CREATED, "ApiKey", 1).after("name", "POS"));
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        AuditPage rewards = log.page(AuditQuery.parse(admin.toUpperCase(), "REWARD_CHANGED", today, today, ""));
        AuditPage second = log.page(AuditQuery.parse(admin, "REWARD_CHANGED", "", "", "2"));
        AuditPage keys = log.page(AuditQuery.parse(admin, "API_KEY_CREATED", "", "", ""));
        AuditPage yesterday = log.page(AuditQuery.parse(admin, "", "",
                LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), ""));

        assertThat(rewards.getTotal()).isEqualTo(AuditQuery.PAGE_SIZE + 5);
        assertThat(rewards.getPageCount()).isEqualTo(2);
        assertThat(rewards.getEntries()).hasSize(AuditQuery.PAGE_SIZE);
        assertThat(rewards.getEntries().get(0).getEntityId()).isEqualTo(String.valueOf(AuditQuery.PAGE_SIZE + 5));
        assertThat(second.getEntries()).extracting(AuditEntry::getEntityId).containsExactly("5", "4", "3", "2", "1");
        assertThat(second.hasNext()).isFalse();
        assertThat(second.hasPrevious()).isTrue();
        assertThat(keys.getEntries()).extracting(AuditEntry::getAfter).containsExactly("name=POS");
        assertThat(yesterday.getTotal()).isZero();
        assertThat(yesterday.getPageCount()).isEqualTo(1);
    }

    private List<AuditEntry> rowsOf(String admin) {
        return log.rows(AuditQuery.parse(admin, "", "", "", ""), 0, 1000);
    }

    private static String newAdmin() {
        return "auditor-" + System.nanoTime();
    }
}
