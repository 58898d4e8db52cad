package com.broadleafloyalty.audit.core;

import java.util.Locale;

/**
 * The four-eyes rule for large changes: a points adjustment bigger than the threshold (either way) is held until a
 * second admin decides; 0 turns the rule off. The decider must be another admin than the requester (logins compared
 * without case), and a request is decided once: approved or rejected, never both, never twice.
 */
public final class ApprovalRule {

    private final long threshold;

    public ApprovalRule(long threshold) {
        if (threshold < 0) {
            throw new IllegalArgumentException("The approval threshold is 0 (off) or more, got " + threshold);
        }
        this.threshold = threshold;
    }

    public long getThreshold() {
        return threshold;
    }

    public boolean needsApproval(long points) {
        return threshold > 0 && (points > threshold || points < -threshold);
    }

    /** Refuses a decision by nobody, by the requester, or on a request already decided. */
    public void checkDecision(String requester, String decider, ApprovalStatus status) {
        if (decider == null || decider.trim().isEmpty()) {
            throw new ApprovalRefusedException("loyalty.approval.deciderRequired");
        }
        if (requester != null && requester.trim().toLowerCase(Locale.ROOT)
                .equals(decider.trim().toLowerCase(Locale.ROOT))) {
            throw new ApprovalRefusedException("loyalty.approval.ownRequest");
        }
        if (status != ApprovalStatus.PENDING) {
            throw new ApprovalRefusedException("loyalty.approval.alreadyDecided");
        }
    }
}
