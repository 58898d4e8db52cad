package com.broadleafloyalty.segment.service;

import java.util.List;

/**
 * RFM segments of the shop's customers. Each checkout counts its order in the customer's tally on the loyalty
 * account (by the award's own statement); the full recompute job sets the cut points and corrects tallies from
 * Broadleaf's orders; a customer's scores, segment and phase are computed on read from the two.
 */
public interface CustomerSegmentService {

    /**
     * Recomputes the cut points from Broadleaf's submitted orders and corrects every order tally that differs from
     * them. Safe on several nodes: runs one at a time, and a node that waited for another node's run
     * skips its own.
     */
    FullRunSummary recomputeAll();

    /**
     * Ids of the customers currently in the lifecycle phase (its constant, e.g. TRUST), scored like {@link #viewOf}
     * (a referral does not count here: "Advocate" is reached by the scores alone).
     *
     * @throws IllegalArgumentException an unknown phase
     */
    List<Long> customersInPhase(String phaseName);

    /** The customer's figures and scores for display, or null when the customer has no submitted order counted yet. */
    CustomerSegmentView viewOf(Long customerId);
}
