package com.broadleafloyalty.feedback.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The KPIs over a set of answers. NPS = % promoters (9-10) - % detractors (0-6), from -100 to 100;
 * CSAT = % of answers scoring 4 or 5, plus the mean score. Figures have one decimal, HALF_EVEN; with no answers
 * the scores are null (there is no score), not 0 (which would read as a real, middling score).
 */
public final class FeedbackScores {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final int count;
    private final int promoters;
    private final int passives;
    private final int detractors;
    private final int satisfied;
    private final long csatSum;

    private FeedbackScores(int count, int promoters, int passives, int detractors, int satisfied, long csatSum) {
        this.count = count;
        this.promoters = promoters;
        this.passives = passives;
        this.detractors = detractors;
        this.satisfied = satisfied;
        this.csatSum = csatSum;
    }

    public static FeedbackScores of(Collection<FeedbackAnswer> answers) {
        int promoters = 0;
        int detractors = 0;
        int satisfied = 0;
        long csatSum = 0;
        for (FeedbackAnswer answer : answers) {
            if (answer.isPromoter()) {
                promoters++;
            } else if (answer.isDetractor()) {
                detractors++;
            }
            if (answer.isSatisfied()) {
                satisfied++;
            }
            csatSum += answer.getCsat();
        }
        int count = answers.size();
        return new FeedbackScores(count, promoters, count - promoters - detractors, detractors, satisfied, csatSum);
    }

    public int getCount() {
        return count;
    }

    public int getPromoters() {
        return promoters;
    }

    public int getPassives() {
        return passives;
    }

    public int getDetractors() {
        return detractors;
    }

    /** NPS from -100.0 to 100.0, or null without answers. */
    public BigDecimal getNps() {
        if (count == 0) {
            return null;
        }
        return BigDecimal.valueOf(promoters - detractors).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_EVEN);
    }

    /** Share of satisfied answers (CSAT 4-5) in percent, or null without answers. */
    public BigDecimal getCsatPercent() {
        if (count == 0) {
            return null;
        }
        return BigDecimal.valueOf(satisfied).multiply(HUNDRED).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_EVEN);
    }

    /** Mean CSAT score (1.0-5.0, two decimals), or null without answers. */
    public BigDecimal getCsatMean() {
        if (count == 0) {
            return null;
        }
        return BigDecimal.valueOf(csatSum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN);
    }

    @Override
    public String toString() {
        return "FeedbackScores{count=" + count + ", nps=" + getNps() + ", csat%=" + getCsatPercent()
                + ", csatMean=" + getCsatMean() + "}";
    }
}
