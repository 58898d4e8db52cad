package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.audit.core.ApprovalRefusedException;
import com.broadleafloyalty.audit.core.ApprovalRule;
import com.broadleafloyalty.audit.core.ApprovalStatus;
import com.broadleafloyalty.audit.core.AuditKind;
import com.broadleafloyalty.audit.core.AuditedChange;
import com.broadleafloyalty.audit.service.AuditTrail;
import com.broadleafloyalty.ledger.dao.PendingAdjustmentDao;
import com.broadleafloyalty.ledger.domain.PendingAdjustment;
import com.broadleafloyalty.ledger.domain.PendingAdjustmentImpl;
import com.broadleafloyalty.support.persistence.LedgerTransactions;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import javax.annotation.Resource;

/**
 * Second-admin approval of large adjustments (loyalty.audit.approval.threshold points either way; 0 turns it off).
 * A request above the threshold is stored as pending and audited, and the ledger is untouched; another admin approves
 * it (the adjustment is posted once, with the request as its ledger source, so a second approval or a retry posts
 * nothing more) or rejects it (nothing is posted). Each step is audited in its own transaction with the change.
 */
public class AdjustmentApprovals {

    /** The ledger source of an approved adjustment; its id is the request's. */
    public static final String SOURCE_APPROVAL = "APPROVAL";

    @Resource(name = "blLoyaltyPointsAdjustmentService")
    protected PointsAdjustmentService adjustments;

    @Resource(name = "blLoyaltyPendingAdjustmentDao")
    protected PendingAdjustmentDao requests;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blLoyaltyLedgerTransactions")
    protected LedgerTransactions transactions;

    @Resource(name = "blLoyaltyAuditTrail")
    protected AuditTrail audit;

    private ApprovalRule rule = new ApprovalRule(5000);

    /**
     * An admin's adjustment: posted at once up to the threshold, held above it. A removal bigger than what the
     * customer has available is refused now, as a direct one would be, rather than after an approval.
     */
    public AdjustmentRequest request(Long customerId, String pointsInput, String reason, String adminLogin) {
        long points = adjustments.check(customerId, pointsInput, reason, adminLogin);
        if (!rule.needsApproval(points)) {
            return AdjustmentRequest.posted(adjustments.adjust(customerId, pointsInput, reason, adminLogin));
        }
        return transactions.run(customerId, status -> AdjustmentRequest.pending(hold(customerId, points,
                reason.trim(), adminLogin.trim())));
    }

    private PendingAdjustment hold(Long customerId, long points, String reason, String adminLogin) {
        ledger.lockAccount(customerId);
        if (points < 0) {
            long available = ledger.position(customerId, 0).getAvailable();
            if (available < -points) {
                throw new AdjustmentRefusedException("loyalty.adjust.notEnoughPoints", available, -points);
            }
        }
        PendingAdjustment request = new PendingAdjustmentImpl();
        request.setCustomerId(customerId);
        request.setPoints(points);
        request.setReason(reason);
        request.setRequestedBy(adminLogin);
        request.setRequestedAt(SystemTime.asDate());
        request.setStatus(ApprovalStatus.PENDING.name());
        requests.insert(request);
        audit.record(adminLogin, AuditedChange.of(AuditKind.ADJUSTMENT_REQUESTED, "Customer", customerId)
                .after("request", request.getId()).after("points", points).after("reason", reason)
                .after("status", ApprovalStatus.PENDING));
        return request;
    }

    /** Posts the held adjustment once and marks it approved; refused for the requester or a decided request. */
    public PendingAdjustment approve(Long requestId, String approver) {
        PendingAdjustment found = requireRequest(requestId);
        return transactions.run(found.getCustomerId(), status -> {
            ledger.lockAccount(found.getCustomerId());
            PendingAdjustment request = requests.readFresh(requestId);
            rule.checkDecision(request.getRequestedBy(), approver, ApprovalStatus.valueOf(request.getStatus()));
            PostingResult posted = adjustments.adjust(request.getCustomerId(), String.valueOf(request.getPoints()),
                    request.getReason(), request.getRequestedBy(), SOURCE_APPROVAL, request.getId());
            decide(request, ApprovalStatus.APPROVED, approver);
            request.setLedgerEntryId(posted.getEntry().getId());
            audit.record(approver, AuditedChange.of(AuditKind.ADJUSTMENT_APPROVED, "Customer", request.getCustomerId())
                    .before("request", request.getId()).before("status", ApprovalStatus.PENDING)
                    .after("status", ApprovalStatus.APPROVED).after("points", request.getPoints())
                    .after("requestedBy", request.getRequestedBy()).after("ledgerEntry", posted.getEntry().getId()));
            return request;
        });
    }

    /** Marks the held adjustment rejected; nothing is posted. Refused for the requester or a decided request. */
    public PendingAdjustment reject(Long requestId, String decider) {
        PendingAdjustment found = requireRequest(requestId);
        return transactions.run(found.getCustomerId(), status -> {
            ledger.lockAccount(found.getCustomerId());
            PendingAdjustment request = requests.readFresh(requestId);
            rule.checkDecision(request.getRequestedBy(), decider, ApprovalStatus.valueOf(request.getStatus()));
            decide(request, ApprovalStatus.REJECTED, decider);
            audit.record(decider, AuditedChange.of(AuditKind.ADJUSTMENT_REJECTED, "Customer", request.getCustomerId())
                    .before("request", request.getId()).before("status", ApprovalStatus.PENDING)
                    .after("status", ApprovalStatus.REJECTED).after("points", request.getPoints())
                    .after("requestedBy", request.getRequestedBy()));
            return request;
        });
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<PendingAdjustment> pending(Long customerId, int limit) {
        return requests.readPending(customerId, limit);
    }

    public long getThreshold() {
        return rule.getThreshold();
    }

    public void setThreshold(long threshold) {
        this.rule = new ApprovalRule(threshold);
    }

    private PendingAdjustment requireRequest(Long requestId) {
        PendingAdjustment request = transactions.run(null, status -> requests.readFresh(requestId));
        if (request == null) {
            throw new ApprovalRefusedException("loyalty.approval.unknownRequest", String.valueOf(requestId));
        }
        return request;
    }

    private static void decide(PendingAdjustment request, ApprovalStatus status, String decider) {
        request.setStatus(status.name());
        request.setDecidedBy(decider.trim());
        request.setDecidedAt(SystemTime.asDate());
    }
}
