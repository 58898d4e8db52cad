package com.broadleafloyalty.segment.service;

import java.util.List;

/** Which segment a customer is in, for features that target segments. Implemented by the segments feature. */
public interface SegmentLookup {

    /** Name of the customer's current segment (e.g. "Champions"), or null when the customer is not scored. */
    String segmentOf(Long customerId);

    /** Ids of the customers currently in the named segment. */
    List<Long> customersIn(String segmentName);
}
