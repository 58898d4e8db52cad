package com.broadleafloyalty.ledger.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The points one order earns. The order discount is shared over the lines in proportion to their amounts; lines
 * that do not earn are dropped; the rules then set line multipliers; the result is rounded once, by the
 * {@link EarningRate}, on the sum of the weighted line amounts.
 */
public final class EarningCalculation {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final List<OrderLine> lines;
    private final Instant placedAt;
    private final Map<Long, BigDecimal> netAmounts = new LinkedHashMap<Long, BigDecimal>();
    private final Map<Long, BigDecimal> multipliers = new LinkedHashMap<Long, BigDecimal>();
    private String cancelledBecause;

    private EarningCalculation(List<OrderLine> lines, BigDecimal orderDiscount, Instant placedAt) {
        this.lines = Collections.unmodifiableList(new ArrayList<OrderLine>(lines));
        this.placedAt = placedAt;
        BigDecimal merchandise = BigDecimal.ZERO;
        for (OrderLine line : lines) {
            merchandise = merchandise.add(line.getAmount());
        }
        BigDecimal discount = orderDiscount == null ? BigDecimal.ZERO : orderDiscount.max(BigDecimal.ZERO);
        BigDecimal keptShare = merchandise.signum() == 0 || discount.compareTo(merchandise) >= 0 ? BigDecimal.ZERO
                : BigDecimal.ONE.subtract(discount.divide(merchandise, PRECISION));
        for (OrderLine line : lines) {
            if (line.isEarnsPoints()) {
                netAmounts.put(line.getLineId(), line.getAmount().multiply(keptShare, PRECISION));
                multipliers.put(line.getLineId(), BigDecimal.ONE);
            }
        }
    }

    /** Runs the rules (ascending priority) and returns the award. */
    public static PointsAward calculate(List<OrderLine> lines, BigDecimal orderDiscount, Instant placedAt,
            EarningRate rate, List<EarningRule> rules) {
        EarningCalculation calculation = new EarningCalculation(lines, orderDiscount, placedAt);
        List<EarningRule> ordered = new ArrayList<EarningRule>(rules);
        ordered.sort((a, b) -> Integer.compare(a.getPriority(), b.getPriority()));
        StringBuilder applied = new StringBuilder(rate.describe());
        for (EarningRule rule : ordered) {
            rule.apply(calculation);
            applied.append("; ").append(rule.describe());
        }
        return calculation.award(rate, applied.toString());
    }

    public List<OrderLine> getLines() {
        return lines;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    /** Merchandise that earns, after its share of the order discount, before multipliers. */
    public BigDecimal getQualifyingAmount() {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal amount : netAmounts.values()) {
            total = total.add(amount);
        }
        return total;
    }

    public void multiplyLine(long lineId, BigDecimal factor) {
        BigDecimal current = multipliers.get(lineId);
        if (current != null) {
            multipliers.put(lineId, current.multiply(factor, PRECISION));
        }
    }

    public void cancel(String reason) {
        cancelledBecause = reason;
    }

    private PointsAward award(EarningRate rate, String ruleDescription) {
        List<AwardedLine> awarded = new ArrayList<AwardedLine>();
        BigDecimal weightedTotal = BigDecimal.ZERO;
        if (cancelledBecause == null) {
            for (OrderLine line : lines) {
                BigDecimal net = netAmounts.get(line.getLineId());
                if (net != null) {
                    BigDecimal weighted = net.multiply(multipliers.get(line.getLineId()), PRECISION);
                    awarded.add(new AwardedLine(line.getLineId(), line.getQuantity(), weighted));
                    weightedTotal = weightedTotal.add(weighted);
                }
            }
        }
        String description = cancelledBecause == null ? ruleDescription : ruleDescription + "; no award: " + cancelledBecause;
        return new PointsAward(rate.pointsFor(weightedTotal), getQualifyingAmount(), new AwardSnapshot(rate, awarded),
                description);
    }
}
