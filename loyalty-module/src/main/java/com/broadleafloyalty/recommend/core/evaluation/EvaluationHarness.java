package com.broadleafloyalty.recommend.core.evaluation;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a model on a time split in one setting, the same way for the engine and every baseline. A customer with no
 * relevant product in the setting (nothing new in (b) or explore, no repeat purchase in repeat) is left out of it.
 */
public final class EvaluationHarness {

    public static final int K = 10;

    private final TimeSplit split;

    public EvaluationHarness(TimeSplit split) {
        this.split = split;
    }

    public EvaluationResult evaluate(EvaluatedModel model, EvaluationSetting setting) {
        RankingMetrics metrics = new RankingMetrics(K);
        for (Map.Entry<String, Set<String>> customer : split.getTestProducts().entrySet()) {
            Set<String> bought = split.getTrainProducts().get(customer.getKey());
            Set<String> relevant = customer.getValue();
            Set<String> excluded = Collections.emptySet();
            if (setting == EvaluationSetting.NEW_PRODUCTS_ONLY) {
                relevant = new HashSet<String>(relevant);
                relevant.removeAll(bought);
                excluded = bought;
            } else if (setting == EvaluationSetting.EXPLORE_ITEMS) {
                relevant = new HashSet<String>(relevant);
                relevant.removeAll(bought);
            } else if (setting == EvaluationSetting.REPEAT_ITEMS) {
                relevant = new HashSet<String>(relevant);
                relevant.retainAll(bought);
            }
            if (relevant.isEmpty()) {
                continue;
            }
            List<String> list = model.recommend(customer.getKey(), K, excluded);
            for (String product : list) {
                if (excluded.contains(product)) {
                    throw new IllegalStateException(model.name() + " recommended the excluded product " + product);
                }
            }
            metrics.add(list, relevant);
        }
        return new EvaluationResult(model.name(), setting, metrics, split.getCatalog());
    }
}
