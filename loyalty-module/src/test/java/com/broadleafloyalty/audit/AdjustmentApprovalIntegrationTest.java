package com.broadleafloyalty.audit;

import com.broadleafloyalty.audit.core.ApprovalRefusedException;
import com.broadleafloyalty.audit.core.ApprovalStatus;
import com.broadleafloyalty.audit.core.AuditQuery;
import com.broadleafloyalty.audit.domain.AuditEntry;
import com.broadleafloyalty.audit.service.AuditLog;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PendingAdjustment;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.AdjustmentApprovals;
import com.broadleafloyalty.ledger.service.AdjustmentRefusedException;
import com.broadleafloyalty.ledger.service.AdjustmentRequest;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.ShopFixture;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Second-admin approval on the real Broadleaf context (threshold 5,000 points, the default): small adjustments post at
 * once, large ones wait; the requester cannot decide their own; an approval posts exactly once; a rejection posts
 * nothing; every step is audited. Each test uses admin logins of its own.
 */
class AdjustmentApprovalIntegrationTest {

    private final ShopFixture shop = new ShopFixture();
    private final AdjustmentApprovals approvals = LoyaltyTestContext.bean("blLoyaltyAdjustmentApprovals",
            AdjustmentApprovals.class);
    private final PointsLedger ledger = LoyaltyTestContext.bean("blLoyaltyPointsLedger", PointsLedger.class);
    private final AuditLog log = LoyaltyTestContext.bean("blLoyaltyAuditTrail", AuditLog.class);

    @Test
    void shouldPostAnAdjustmentUpToTheThresholdAtOnce() {
        Customer customer = shop.registeredCustomer();

        AdjustmentRequest request = approvals.request(customer.getId(), "5000", "Goodwill", newAdmin("a"));

        assertThat(approvals.getThreshold()).isEqualTo(5000);
        assertThat(request.isPending()).isFalse();
        assertThat(request.getPoints()).isEqualTo(5000);
        assertThat(ledger.balance(customer.getId())).isEqualTo(5000);
    }

    @Test
    void shouldHoldALargeAdjustmentUntilAnotherAdminApprovesItAndPostItOnce() {
        String requester = newAdmin("req");
        String approver = newAdmin("appr");
        Customer customer = shop.registeredCustomer();

        AdjustmentRequest request = approvals.request(customer.getId(), "+6000", " Lost parcel ", requester);

        assertThat(request.isPending()).isTrue();
        PendingAdjustment pending = request.getPendingAdjustment();
        assertThat(ledger.balance(customer.getId())).isZero();
        assertThat(approvals.pending(customer.getId(), 10)).extracting(PendingAdjustment::getId)
                .containsExactly(pending.getId());
        assertThatThrownBy(() -> approvals.approve(pending.getId(), requester.toUpperCase()))
                .isInstanceOfSatisfying(ApprovalRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("loyalty.approval.ownRequest"));
        assertThatThrownBy(() -> approvals.reject(pending.getId(), requester))
                .isInstanceOf(ApprovalRefusedException.class);
        assertThat(ledger.balance(customer.getId())).isZero();

        PendingAdjustment approved = approvals.approve(pending.getId(), approver);

        assertThat(approved.getStatus()).isEqualTo(ApprovalStatus.APPROVED.name());
        assertThat(approved.getDecidedBy()).isEqualTo(approver);
        assertThat(ledger.balance(customer.getId())).isEqualTo(6000);
        PointsLedgerEntry entry = ledger.entryFor(AdjustmentApprovals.SOURCE_APPROVAL, pending.getId(),
                PointsEntryType.ADJUST);
        assertThat(entry.getId()).isEqualTo(approved.getLedgerEntryId());
        assertThat(entry.getReason()).isEqualTo("Lost parcel");
        assertThatThrownBy(() -> approvals.approve(pending.getId(), approver))
                .isInstanceOfSatisfying(ApprovalRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("loyalty.approval.alreadyDecided"));
        assertThatThrownBy(() -> approvals.approve(pending.getId(), newAdmin("third")))
                .isInstanceOf(ApprovalRefusedException.class);
        assertThat(ledger.balance(customer.getId())).isEqualTo(6000);
        assertThat(approvals.pending(customer.getId(), 10)).isEmpty();
        assertThat(kinds(requester)).containsExactly("POINTS_ADJUSTED", "ADJUSTMENT_REQUESTED");
        assertThat(kinds(approver)).containsExactly("ADJUSTMENT_APPROVED");
    }

    @Test
    void shouldPostNothingForARejectedAdjustment() {
        String requester = newAdmin("req");
        String decider = newAdmin("rej");
        Customer customer = shop.registeredCustomer();
        PendingAdjustment pending = approvals.request(customer.getId(), "7000", "Big gesture", requester)
                .getPendingAdjustment();

        PendingAdjustment rejected = approvals.reject(pending.getId(), decider);

        assertThat(rejected.getStatus()).isEqualTo(ApprovalStatus.REJECTED.name());
        assertThatThrownBy(() -> approvals.approve(pending.getId(), newAdmin("late")))
                .isInstanceOf(ApprovalRefusedException.class);
        assertThat(ledger.balance(customer.getId())).isZero();
        assertThat(ledger.entryFor(AdjustmentApprovals.SOURCE_APPROVAL, pending.getId(), PointsEntryType.ADJUST))
                .isNull();
        List<AuditEntry> rows = log.rows(AuditQuery.parse(decider, "", "", "", ""), 0, 10);
        assertThat(rows).extracting(AuditEntry::getKind).containsExactly("ADJUSTMENT_REJECTED");
        assertThat(rows.get(0).getAfter()).startsWith("status=REJECTED; points=7000; requestedBy=" + requester);
    }

    @Test
    void shouldRefuseALargeRemovalBeyondTheBalanceAtOnceAndAnUnknownRequest() {
        String requester = newAdmin("req");
        Customer customer = shop.registeredCustomer();

        assertThatThrownBy(() -> approvals.request(customer.getId(), "-6000", "Fraud", requester))
                .isInstanceOfSatisfying(AdjustmentRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("loyalty.adjust.notEnoughPoints"));
        assertThatThrownBy(() -> approvals.approve(-424242L, requester))
                .isInstanceOfSatisfying(ApprovalRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("loyalty.approval.unknownRequest"));
        assertThat(approvals.pending(customer.getId(), 10)).isEmpty();
        assertThat(kinds(requester)).isEmpty();
    }

    @Test
    void shouldHoldNothingWhenTheThresholdIsZero() {
        Customer customer = shop.registeredCustomer();
        approvals.setThreshold(0);
        try {
            assertThat(approvals.request(customer.getId(), "900000", "Migration", newAdmin("z")).isPending())
                    .isFalse();
        } finally {
            approvals.setThreshold(5000);
        }
        assertThat(ledger.balance(customer.getId())).isEqualTo(900000);
    }

    private List<String> kinds(String admin) {
        List<String> kinds = new java.util.ArrayList<String>();
        for (AuditEntry entry : log.rows(AuditQuery.parse(admin, "", "", "", ""), 0, 100)) {
            kinds.add(entry.getKind());
        }
        return kinds;
    }

    private static String newAdmin(String role) {
        return role + "-" + System.nanoTime();
    }
}
