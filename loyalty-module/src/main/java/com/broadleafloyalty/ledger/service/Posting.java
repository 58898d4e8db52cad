package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.CompletedOrder;

import java.math.BigDecimal;
import java.util.Date;

/** What to write to the ledger: the movement, its source (the idempotency key), and why. */
public final class Posting {

    final Long customerId;
    final PointsEntryType type;
    final long points;
    final String sourceType;
    final Long sourceId;
    String reason;
    Long orderId;
    String ruleSnapshot;
    String awardDetail;
    String actor = "system";
    String currencyCode;
    BigDecimal conversionRate;
    Date availableFrom;
    Date expiresAt;
    Long clawbackFromEntryId;
    CompletedOrder completedOrder;

    private Posting(Long customerId, PointsEntryType type, long points, String sourceType, Long sourceId) {
        if (points <= 0) {
            throw new IllegalArgumentException("A posting moves a positive number of points, got " + points);
        }
        this.customerId = customerId;
        this.type = type;
        this.points = points;
        this.sourceType = sourceType;
        this.sourceId = sourceId;
    }

    /** {@code points} is always positive; the entry type says whether it is a credit or a debit. */
    public static Posting of(Long customerId, PointsEntryType type, long points, String sourceType, Long sourceId) {
        return new Posting(customerId, type, points, sourceType, sourceId);
    }

    public Posting reason(String reason) {
        this.reason = reason;
        return this;
    }

    public Posting order(Long orderId) {
        this.orderId = orderId;
        return this;
    }

    public Posting rule(String ruleSnapshot, String awardDetail) {
        this.ruleSnapshot = ruleSnapshot;
        this.awardDetail = awardDetail;
        return this;
    }

    public Posting actor(String actor) {
        this.actor = actor;
        return this;
    }

    public Posting currency(String currencyCode, BigDecimal conversionRate) {
        this.currencyCode = currencyCode;
        this.conversionRate = conversionRate;
        return this;
    }

    /** For credits: when the points become available and when they expire (null = never). */
    public Posting availability(Date availableFrom, Date expiresAt) {
        this.availableFrom = availableFrom;
        this.expiresAt = expiresAt;
        return this;
    }

    /** For an order's award: the order, counted in the account's order tally by the same statement. */
    public Posting counting(CompletedOrder completedOrder) {
        this.completedOrder = completedOrder;
        return this;
    }

    /** For clawbacks: the EARN entry whose batch is taken from first. */
    public Posting clawbackFrom(Long earnEntryId) {
        this.clawbackFromEntryId = earnEntryId;
        return this;
    }
}
