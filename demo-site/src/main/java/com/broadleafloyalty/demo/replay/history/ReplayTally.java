package com.broadleafloyalty.demo.replay.history;

import com.broadleafloyalty.history.core.CleaningTally;

/**
 * What the replay left out of the file, and why: the cleaning policy's tally (every line read is either kept or
 * counted there), plus what the plan leaves out of the kept invoices (beyond {@code --limit}, unmatched returns).
 */
public final class ReplayTally {

    private final CleaningTally cleaning;
    int salesBeyondLimit;
    int cancellationsBeyondLimit;
    long unmatchedReturnUnits;
    int unmatchedReturnLines;

    ReplayTally(CleaningTally cleaning) {
        this.cleaning = cleaning;
    }

    /** What {@link com.broadleafloyalty.history.core.CleaningPolicy} left out of the file. */
    public CleaningTally getCleaning() {
        return cleaning;
    }

    public int getSalesBeyondLimit() {
        return salesBeyondLimit;
    }

    public int getCancellationsBeyondLimit() {
        return cancellationsBeyondLimit;
    }

    /** Units cancelled for which no earlier order of the customer had the item left (sold before the file starts). */
    public long getUnmatchedReturnUnits() {
        return unmatchedReturnUnits;
    }

    public int getUnmatchedReturnLines() {
        return unmatchedReturnLines;
    }
}
