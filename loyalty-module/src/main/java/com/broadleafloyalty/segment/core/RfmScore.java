package com.broadleafloyalty.segment.core;

/** Recency, frequency and monetary scores, each 1–5 (5 = most recent, most frequent, highest spending). */
public final class RfmScore {

    private final int recency;
    private final int frequency;
    private final int monetary;

    public RfmScore(int recency, int frequency, int monetary) {
        check("recency", recency);
        check("frequency", frequency);
        check("monetary", monetary);
        this.recency = recency;
        this.frequency = frequency;
        this.monetary = monetary;
    }

    private static void check(String name, int score) {
        if (score < 1 || score > QuintileCutPoints.SCORES) {
            throw new IllegalArgumentException("The " + name + " score must be 1 to 5, got " + score);
        }
    }

    public int getRecency() {
        return recency;
    }

    public int getFrequency() {
        return frequency;
    }

    public int getMonetary() {
        return monetary;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RfmScore)) {
            return false;
        }
        RfmScore that = (RfmScore) other;
        return recency == that.recency && frequency == that.frequency && monetary == that.monetary;
    }

    @Override
    public int hashCode() {
        return recency * 100 + frequency * 10 + monetary;
    }

    /** "R5 F4 M3". */
    @Override
    public String toString() {
        return "R" + recency + " F" + frequency + " M" + monetary;
    }
}
