package com.broadleafloyalty.ledger.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The rate and weighted lines an award was computed with, stored as text on the ledger entry. A return claws back
 * with this snapshot, never with today's rules: points after a return are {@code rate(weighted amount of the units
 * kept)}, rounded by the same rule, and the clawback is the difference to what was awarded.
 */
public final class AwardSnapshot {

    private final EarningRate rate;
    private final List<AwardedLine> lines;

    public AwardSnapshot(EarningRate rate, List<AwardedLine> lines) {
        this.rate = rate;
        this.lines = Collections.unmodifiableList(new ArrayList<AwardedLine>(lines));
    }

    public EarningRate getRate() {
        return rate;
    }

    public List<AwardedLine> getLines() {
        return lines;
    }

    /** Points the order is worth once {@code returnedByLine} units (cumulative, all returns so far) are gone. */
    public long pointsKeptAfter(Map<Long, Integer> returnedByLine) {
        BigDecimal kept = BigDecimal.ZERO;
        for (AwardedLine line : lines) {
            Integer returned = returnedByLine.get(line.getLineId());
            int keptUnits = line.getQuantity() - Math.min(line.getQuantity(), returned == null ? 0 : returned);
            if (keptUnits > 0) {
                kept = kept.add(line.getWeightedAmount().multiply(BigDecimal.valueOf(keptUnits))
                        .divide(BigDecimal.valueOf(line.getQuantity()), MathContext.DECIMAL64));
            }
        }
        return rate.pointsFor(kept);
    }

    /** {@code points/per|lineId:quantity:weighted,...} */
    public String encode() {
        StringBuilder text = new StringBuilder();
        text.append(rate.getPoints()).append('/').append(rate.getPerAmount().toPlainString()).append('|');
        for (int i = 0; i < lines.size(); i++) {
            AwardedLine line = lines.get(i);
            if (i > 0) {
                text.append(',');
            }
            text.append(line.getLineId()).append(':').append(line.getQuantity()).append(':')
                    .append(line.getWeightedAmount().toPlainString());
        }
        return text.toString();
    }

    public static AwardSnapshot decode(String text) {
        try {
            int bar = text.indexOf('|');
            String[] rateParts = text.substring(0, bar).split("/");
            EarningRate rate = new EarningRate(Long.parseLong(rateParts[0]), new BigDecimal(rateParts[1]));
            List<AwardedLine> lines = new ArrayList<AwardedLine>();
            String body = text.substring(bar + 1);
            if (!body.isEmpty()) {
                for (String part : body.split(",")) {
                    String[] fields = part.split(":");
                    lines.add(new AwardedLine(Long.parseLong(fields[0]), Integer.parseInt(fields[1]),
                            new BigDecimal(fields[2])));
                }
            }
            return new AwardSnapshot(rate, lines);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not an award snapshot: " + text, e);
        }
    }
}
