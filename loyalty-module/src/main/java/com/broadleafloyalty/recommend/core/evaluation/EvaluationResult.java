package com.broadleafloyalty.recommend.core.evaluation;

import java.util.Set;

/** One row of the evaluation table: a model's metrics in one setting. */
public final class EvaluationResult {

    private final String model;
    private final EvaluationSetting setting;
    private final int customers;
    private final double hitRate;
    private final double precision;
    private final double recall;
    private final double ndcg;
    private final double coverage;

    EvaluationResult(String model, EvaluationSetting setting, RankingMetrics metrics, Set<String> catalog) {
        this.model = model;
        this.setting = setting;
        this.customers = metrics.getCustomers();
        this.hitRate = metrics.getHitRate();
        this.precision = metrics.getPrecision();
        this.recall = metrics.getRecall();
        this.ndcg = metrics.getNdcg();
        this.coverage = metrics.coverage(catalog);
    }

    public String getModel() {
        return model;
    }

    public EvaluationSetting getSetting() {
        return setting;
    }

    public int getCustomers() {
        return customers;
    }

    public double getHitRate() {
        return hitRate;
    }

    public double getPrecision() {
        return precision;
    }

    public double getRecall() {
        return recall;
    }

    public double getNdcg() {
        return ndcg;
    }

    public double getCoverage() {
        return coverage;
    }
}
