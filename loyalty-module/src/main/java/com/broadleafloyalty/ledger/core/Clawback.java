package com.broadleafloyalty.ledger.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans a clawback: first from the batch the clawed-back order credited (pending or not), then from the account's
 * other unexpired batches in spending order; what is still missing becomes debt or a shortfall, by policy.
 */
public final class Clawback {

    private final List<BatchDraw> draws;
    private final long debt;
    private final long shortfall;

    private Clawback(List<BatchDraw> draws, long debt, long shortfall) {
        this.draws = draws;
        this.debt = debt;
        this.shortfall = shortfall;
    }

    public static Clawback plan(List<PointsBatch> batches, Long sourceBatchId, long points, ClawbackPolicy policy,
            Instant now) {
        if (points <= 0) {
            throw new IllegalArgumentException("Points to claw back must be more than zero, got " + points);
        }
        List<PointsBatch> candidates = new ArrayList<PointsBatch>();
        List<PointsBatch> others = new ArrayList<PointsBatch>();
        for (PointsBatch batch : batches) {
            if (batch.getRemaining() == 0 || batch.isExpiredAt(now)) {
                continue;
            }
            if (sourceBatchId != null && sourceBatchId.equals(batch.getId())) {
                candidates.add(batch);
            } else {
                others.add(batch);
            }
        }
        others.sort(SpendingOrder.SOONEST_EXPIRY_FIRST);
        candidates.addAll(others);
        List<BatchDraw> draws = SpendingOrder.drawUpTo(candidates, points);
        long taken = 0;
        for (BatchDraw draw : draws) {
            taken += draw.getPoints();
        }
        long missing = points - taken;
        return policy == ClawbackPolicy.ALLOW_NEGATIVE
                ? new Clawback(draws, missing, 0)
                : new Clawback(draws, 0, missing);
    }

    public List<BatchDraw> getDraws() {
        return draws;
    }

    /** Points the account now owes (balance below zero). */
    public long getDebt() {
        return debt;
    }

    /** Points not clawed back at all under {@link ClawbackPolicy#CAP_AT_ZERO}. */
    public long getShortfall() {
        return shortfall;
    }

    /** Points actually debited from the ledger: drawn plus debt. */
    public long getDebited() {
        long total = debt;
        for (BatchDraw draw : draws) {
            total += draw.getPoints();
        }
        return total;
    }
}
