package com.broadleafloyalty.segment.dao;

import com.broadleafloyalty.segment.core.CustomerAggregate;
import com.broadleafloyalty.segment.core.RfmCutPoints;
import com.broadleafloyalty.segment.domain.SegmentCutPoints;

import java.util.Date;
import java.util.List;

/**
 * RFM data: the cut points of the last full run, the order tallies kept on the customers' loyalty accounts (counted
 * at checkout by the award's own statement), and Broadleaf's submitted orders as aggregates for the full run.
 */
public interface CustomerSegmentDao {

    /** One aggregate per registered customer over their SUBMITTED orders (one grouped query). */
    List<CustomerAggregate> readOrderAggregates();

    /** Like {@link #readOrderAggregates()}, over the orders submitted before {@code at} only. */
    List<CustomerAggregate> readOrderAggregatesBefore(Date at);

    /**
     * Takes the full-run row lock (creating the row on first use) and claims the run, unless another run finished
     * after {@code waitingSince} (another node ran it while this one waited): then false.
     */
    /** Creates the one row of cut points when it does not exist yet (in a transaction of its own: see the service). */
    void createCutPointsIfMissing();

    boolean claimFullRun(Date waitingSince);

    SegmentCutPoints readCutPoints();

    /** One statement: this customer's order tally and the stored cut points; either may be absent. */
    TallySnapshot readTally(Long customerId);

    /** The stored cut points as the core scores with them; null before the first full run. */
    RfmCutPoints readStoredCutPoints();
}
