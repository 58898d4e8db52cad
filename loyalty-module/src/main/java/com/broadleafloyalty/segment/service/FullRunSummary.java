package com.broadleafloyalty.segment.service;

import com.broadleafloyalty.segment.core.RfmCutPoints;
import com.broadleafloyalty.segment.core.Segment;

import java.util.Collections;
import java.util.Map;

/** What one full RFM run did (or that it was skipped because another node had just run). */
public final class FullRunSummary {

    private final boolean skipped;
    private final int customersScored;
    private final int talliesCorrected;
    private final Map<Segment, Integer> segmentSizes;
    private final RfmCutPoints cutPoints;

    FullRunSummary(boolean skipped, int customersScored, int talliesCorrected, Map<Segment, Integer> segmentSizes,
            RfmCutPoints cutPoints) {
        this.skipped = skipped;
        this.customersScored = customersScored;
        this.talliesCorrected = talliesCorrected;
        this.segmentSizes = Collections.unmodifiableMap(segmentSizes);
        this.cutPoints = cutPoints;
    }

    static FullRunSummary skippedRun() {
        return new FullRunSummary(true, 0, 0, Collections.<Segment, Integer>emptyMap(), null);
    }

    public boolean isSkipped() {
        return skipped;
    }

    public int getCustomersScored() {
        return customersScored;
    }

    public int getTalliesCorrected() {
        return talliesCorrected;
    }

    public Map<Segment, Integer> getSegmentSizes() {
        return segmentSizes;
    }

    /** Null when skipped or nobody was scored. */
    public RfmCutPoints getCutPoints() {
        return cutPoints;
    }

    @Override
    public String toString() {
        return skipped ? "skipped (another node ran it)" : customersScored + " customers scored, " + talliesCorrected
                + " order tallies corrected, segments " + segmentSizes;
    }
}
