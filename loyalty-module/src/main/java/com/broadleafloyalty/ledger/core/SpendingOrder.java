package com.broadleafloyalty.ledger.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which batches a debit draws from: available batches, soonest expiry first (batches that never expire last), then
 * oldest first, so a shopper never loses points to expiry that a redemption could have used.
 */
public final class SpendingOrder {

    static final Comparator<PointsBatch> SOONEST_EXPIRY_FIRST = Comparator
            .comparing(PointsBatch::getExpiresAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(PointsBatch::getAvailableFrom)
            .thenComparing(PointsBatch::getId, Comparator.nullsLast(Comparator.<Long>naturalOrder()));

    private SpendingOrder() {
    }

    public static long available(List<PointsBatch> batches, Instant now) {
        long total = 0;
        for (PointsBatch batch : batches) {
            if (batch.isAvailableAt(now)) {
                total = Math.addExact(total, batch.getRemaining());
            }
        }
        return total;
    }

    /** Draws exactly {@code points} from available batches or throws {@link InsufficientPointsException}. */
    public static List<BatchDraw> draw(List<PointsBatch> batches, long points, Instant now) {
        if (points <= 0) {
            throw new IllegalArgumentException("Points to draw must be more than zero, got " + points);
        }
        long available = available(batches, now);
        if (available < points) {
            throw new InsufficientPointsException(points, available);
        }
        return drawUpTo(usable(batches, now), points);
    }

    /** Draws as much as the given batches hold, up to {@code points}, in spending order. */
    static List<BatchDraw> drawUpTo(List<PointsBatch> candidates, long points) {
        List<BatchDraw> draws = new ArrayList<BatchDraw>();
        long left = points;
        for (PointsBatch batch : candidates) {
            if (left == 0) {
                break;
            }
            long take = Math.min(left, batch.getRemaining());
            if (take > 0) {
                draws.add(new BatchDraw(batch.getId(), take));
                left -= take;
            }
        }
        return draws;
    }

    static List<PointsBatch> usable(List<PointsBatch> batches, Instant now) {
        List<PointsBatch> usable = new ArrayList<PointsBatch>();
        for (PointsBatch batch : batches) {
            if (batch.isAvailableAt(now)) {
                usable.add(batch);
            }
        }
        usable.sort(SOONEST_EXPIRY_FIRST);
        return usable;
    }
}
