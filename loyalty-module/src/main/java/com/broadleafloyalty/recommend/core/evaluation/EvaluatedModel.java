package com.broadleafloyalty.recommend.core.evaluation;

import java.util.List;
import java.util.Set;

/** A model the harness scores: the engine or a baseline, trained on the split's training orders. */
public interface EvaluatedModel {

    String name();

    /** Up to {@code count} product ids for the customer, best first, none of them in {@code excluded}. */
    List<String> recommend(String customerId, int count, Set<String> excluded);
}
