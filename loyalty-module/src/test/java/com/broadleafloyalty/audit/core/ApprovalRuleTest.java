package com.broadleafloyalty.audit.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApprovalRuleTest {

    private final ApprovalRule rule = new ApprovalRule(5000);

    @Test
    void shouldHoldOnlyAdjustmentsAboveTheThresholdEitherWay() {
        assertThat(rule.needsApproval(5000)).isFalse();
        assertThat(rule.needsApproval(-5000)).isFalse();
        assertThat(rule.needsApproval(5001)).isTrue();
        assertThat(rule.needsApproval(-5001)).isTrue();
        assertThat(rule.needsApproval(1)).isFalse();
    }

    @Test
    void shouldHoldNothingWhenTurnedOff() {
        assertThat(new ApprovalRule(0).needsApproval(1_000_000)).isFalse();
        assertThatThrownBy(() -> new ApprovalRule(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldLetAnotherAdminDecideAPendingRequestOnce() {
        rule.checkDecision("admin", "manager", ApprovalStatus.PENDING);

        assertRefused("admin", "admin", ApprovalStatus.PENDING, "loyalty.approval.ownRequest");
        assertRefused("admin", " ADMIN ", ApprovalStatus.PENDING, "loyalty.approval.ownRequest");
        assertRefused("admin", "", ApprovalStatus.PENDING, "loyalty.approval.deciderRequired");
        assertRefused("admin", null, ApprovalStatus.PENDING, "loyalty.approval.deciderRequired");
        assertRefused("admin", "manager", ApprovalStatus.APPROVED, "loyalty.approval.alreadyDecided");
        assertRefused("admin", "manager", ApprovalStatus.REJECTED, "loyalty.approval.alreadyDecided");
    }

    private void assertRefused(String requester, String decider, ApprovalStatus status, String key) {
        assertThatThrownBy(() -> rule.checkDecision(requester, decider, status))
                .isInstanceOfSatisfying(ApprovalRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
