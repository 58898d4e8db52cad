package com.broadleafloyalty.recommend.core.evaluation;

import com.broadleafloyalty.recommend.core.Recommendation;
import com.broadleafloyalty.recommend.core.RecommendationEngine;
import com.broadleafloyalty.recommend.core.RecommenderSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The production engine, trained on the split's training orders exactly as the storefront trains it. */
public final class EngineModel implements EvaluatedModel {

    private final String name;
    private final RecommendationEngine engine;

    public EngineModel(String name, RecommenderSettings settings, TimeSplit split) {
        this.name = name;
        this.engine = new RecommendationEngine(settings);
        engine.recordOrders(split.getTrainOrders());
        engine.nameProducts(split.getProductNames());
        engine.rebuildItemWeights();
    }

    @Override
    public String name() {
        return name;
    }

    public RecommendationEngine engine() {
        return engine;
    }

    @Override
    public List<String> recommend(String customerId, int count, Set<String> excluded) {
        List<String> list = new ArrayList<String>(count);
        for (Recommendation recommendation : engine.forCustomer(customerId, count, p -> !excluded.contains(p))) {
            list.add(recommendation.getProductId());
        }
        return list;
    }
}
