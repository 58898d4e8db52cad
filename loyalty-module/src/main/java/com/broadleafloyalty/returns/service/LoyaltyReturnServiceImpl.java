package com.broadleafloyalty.returns.service;

import com.broadleafloyalty.audit.core.AuditKind;
import com.broadleafloyalty.audit.core.AuditedChange;
import com.broadleafloyalty.audit.service.AuditTrail;
import com.broadleafloyalty.ledger.core.AwardSnapshot;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyProgram;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.ledger.service.PostingResult;
import com.broadleafloyalty.redemption.service.RedemptionService;
import com.broadleafloyalty.returns.dao.OrderReturnDao;
import com.broadleafloyalty.returns.domain.OrderReturn;
import com.broadleafloyalty.returns.domain.OrderReturnImpl;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collections;
import java.util.Map;

import javax.annotation.Resource;

public class LoyaltyReturnServiceImpl implements LoyaltyReturnService {

    static final String CANCELLATION_REFERENCE = "CANCELLATION";

    @Resource(name = "blLoyaltyRedemptionService")
    protected RedemptionService redemptionService;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blLoyaltyOrderReturnDao")
    protected OrderReturnDao returns;

    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

    @Resource(name = "blLoyaltyAuditTrail")
    protected AuditTrail audit;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Override
    @Transactional("blTransactionManager")
    public ReturnOutcome cancelOrder(Long orderId, String actor) {
        Order order = requireOrder(orderId);
        ledger.lockAccount(order.getCustomer().getId());
        if (returns.read(orderId, CANCELLATION_REFERENCE) != null) {
            return new ReturnOutcome(0, 0, 0, true);
        }
        record(orderId, CANCELLATION_REFERENCE, Collections.<Long, Integer>emptyMap(), actor);
        PointsLedgerEntry earn = ledger.entryFor(PointsLedgerEntry.SOURCE_ORDER, orderId, PointsEntryType.EARN);
        long clawedBack = 0;
        long shortfall = 0;
        if (earn != null) {
            long remaining = earn.getPoints() + ledger.sumForOrder(orderId, PointsEntryType.CLAWBACK);
            if (remaining > 0) {
                PostingResult result = ledger.clawback(clawbackPosting(earn, remaining, PointsLedgerEntry.SOURCE_CANCELLATION,
                        orderId, "Order " + label(order) + " cancelled", actor), program.getClawbackPolicy());
                clawedBack = remaining - result.getShortfall();
                shortfall = result.getShortfall();
            }
        }
        long restored = redemptionService.restoreForCancelledOrder(order, actor);
        String statusBefore = order.getStatus() == null ? null : order.getStatus().getType();
        order.setStatus(OrderStatus.CANCELLED);
        save(order);
        audit.record(actor, AuditedChange.of(AuditKind.ORDER_CANCELLED, "Order", orderId)
                .before("orderNumber", label(order)).before("status", statusBefore)
                .after("status", OrderStatus.CANCELLED.getType()).after("pointsClawedBack", clawedBack)
                .after("pointsRestored", restored).after("shortfall", shortfall));
        return new ReturnOutcome(clawedBack, restored, shortfall, false);
    }

    @Override
    @Transactional("blTransactionManager")
    public ReturnOutcome returnItems(Long orderId, String returnReference, Map<Long, Integer> quantitiesByOrderItemId,
            String actor) {
        ReturnOutcome outcome = recordReturn(orderId, returnReference, quantitiesByOrderItemId, actor);
        if (!outcome.isAlreadyRecorded()) {
            audit.record(actor, AuditedChange.of(AuditKind.RETURN_RECORDED, "Order", orderId)
                    .after("returnReference", returnReference.trim()).after("quantities", quantitiesByOrderItemId)
                    .after("pointsClawedBack", outcome.getPointsClawedBack())
                    .after("shortfall", outcome.getShortfall()));
        }
        return outcome;
    }

    private ReturnOutcome recordReturn(Long orderId, String returnReference,
            Map<Long, Integer> quantitiesByOrderItemId, String actor) {
        Order order = requireOrder(orderId);
        if (returnReference == null || returnReference.trim().isEmpty()) {
            throw new ReturnRefusedException("loyalty.return.referenceMissing");
        }
        ledger.lockAccount(order.getCustomer().getId());
        if (returns.read(orderId, returnReference) != null) {
            return new ReturnOutcome(0, 0, 0, true);
        }
        ReturnedQuantities.check(order, returns.returnedQuantities(orderId), quantitiesByOrderItemId);
        OrderReturn orderReturn = record(orderId, returnReference, quantitiesByOrderItemId, actor);
        PointsLedgerEntry earn = ledger.entryFor(PointsLedgerEntry.SOURCE_ORDER, orderId, PointsEntryType.EARN);
        if (earn == null || earn.getAwardDetail() == null) {
            return new ReturnOutcome(0, 0, 0, false);
        }
        // The original award's snapshot, never today's rules: points the order is still worth after all returns.
        long kept = AwardSnapshot.decode(earn.getAwardDetail()).pointsKeptAfter(returns.returnedQuantities(orderId));
        long alreadyClawedBack = -ledger.sumForOrder(orderId, PointsEntryType.CLAWBACK);
        long due = earn.getPoints() - kept - alreadyClawedBack;
        if (due <= 0) {
            return new ReturnOutcome(0, 0, 0, false);
        }
        PostingResult result = ledger.clawback(clawbackPosting(earn, due, PointsLedgerEntry.SOURCE_RETURN,
                orderReturn.getId(), "Return " + returnReference + " on order " + label(order), actor),
                program.getClawbackPolicy());
        return new ReturnOutcome(due - result.getShortfall(), 0, result.getShortfall(), false);
    }

    private Posting clawbackPosting(PointsLedgerEntry earn, long points, String sourceType, Long sourceId,
            String reason, String actor) {
        return Posting.of(earn.getCustomerId(), PointsEntryType.CLAWBACK, points, sourceType, sourceId)
                .order(earn.getOrderId()).actor(actor).reason(reason).clawbackFrom(earn.getId())
                .rule(earn.getRuleSnapshot(), null);
    }

    private OrderReturn record(Long orderId, String reference, Map<Long, Integer> quantities, String actor) {
        OrderReturn orderReturn = new OrderReturnImpl();
        orderReturn.setOrderId(orderId);
        orderReturn.setReference(reference);
        orderReturn.setActor(actor);
        orderReturn.setCreatedDate(SystemTime.asDate());
        return returns.save(orderReturn, quantities);
    }

    private Order requireOrder(Long orderId) {
        Order order = orderId == null ? null : orderService.findOrderById(orderId);
        if (order == null) {
            throw new ReturnRefusedException("loyalty.return.unknownOrder", String.valueOf(orderId));
        }
        if (order.getCustomer() == null) {
            throw new ReturnRefusedException("loyalty.return.guestOrder", String.valueOf(orderId));
        }
        return order;
    }

    private void save(Order order) {
        try {
            orderService.save(order, false);
        } catch (PricingException e) {
            throw new IllegalStateException("Could not save cancelled order " + order.getId(), e);
        }
    }

    private static String label(Order order) {
        return order.getOrderNumber() != null ? order.getOrderNumber() : String.valueOf(order.getId());
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Map<Long, Integer> returnedQuantities() {
        return returns.returnedQuantitiesOfAllOrders();
    }
}
