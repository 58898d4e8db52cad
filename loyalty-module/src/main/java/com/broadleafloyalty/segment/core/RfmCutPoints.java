package com.broadleafloyalty.segment.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The cut points of one full RFM run: recency on the day of the last order (epoch day, later = higher score),
 * frequency on the number of orders, monetary on money spent. Scores one customer against them, so a customer's
 * scores can be updated after an order without re-ranking everyone (the next full run re-ranks).
 */
public final class RfmCutPoints {

    private final QuintileCutPoints<Long> recency;
    private final QuintileCutPoints<Long> frequency;
    private final QuintileCutPoints<BigDecimal> monetary;

    public RfmCutPoints(QuintileCutPoints<Long> recency, QuintileCutPoints<Long> frequency,
            QuintileCutPoints<BigDecimal> monetary) {
        this.recency = recency;
        this.frequency = frequency;
        this.monetary = monetary;
    }

    /** Cut points of these customers (at least one). */
    public static RfmCutPoints of(Collection<CustomerAggregate> customers) {
        List<Long> days = new ArrayList<Long>(customers.size());
        List<Long> counts = new ArrayList<Long>(customers.size());
        List<BigDecimal> amounts = new ArrayList<BigDecimal>(customers.size());
        for (CustomerAggregate customer : customers) {
            days.add(customer.getLastOrderDay());
            counts.add(customer.getOrderCount());
            amounts.add(customer.getMonetary());
        }
        return new RfmCutPoints(QuintileCutPoints.of(days), QuintileCutPoints.of(counts),
                QuintileCutPoints.of(amounts));
    }

    public RfmScore score(CustomerAggregate customer) {
        return new RfmScore(recency.score(customer.getLastOrderDay()), frequency.score(customer.getOrderCount()),
                monetary.score(customer.getMonetary()));
    }

    public QuintileCutPoints<Long> getRecency() {
        return recency;
    }

    public QuintileCutPoints<Long> getFrequency() {
        return frequency;
    }

    public QuintileCutPoints<BigDecimal> getMonetary() {
        return monetary;
    }

    @Override
    public String toString() {
        return "recency (epoch days) " + recency + ", frequency " + frequency + ", monetary " + monetary;
    }
}
