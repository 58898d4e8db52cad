package com.broadleafloyalty.recommend.core.evaluation;

import java.util.List;
import java.util.Locale;

/** Prints evaluation results as a Markdown table, and checks the engine against the targets. */
public final class EvaluationTable {

    private final List<EvaluationResult> results;

    public EvaluationTable(List<EvaluationResult> results) {
        this.results = results;
    }

    public String markdown() {
        StringBuilder table = new StringBuilder();
        table.append("| setting | model | customers | HR@10 | Precision@10 | Recall@10 | NDCG@10 | coverage |\n");
        table.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (EvaluationResult result : results) {
            table.append(String.format(Locale.ROOT, "| (%s) %s | %s | %d | %.4f | %.4f | %.4f | %.4f | %.4f |%n",
                    result.getSetting().getCode(), result.getSetting().getDescription(), result.getModel(),
                    result.getCustomers(), result.getHitRate(), result.getPrecision(), result.getRecall(),
                    result.getNdcg(), result.getCoverage()));
        }
        return table.toString();
    }

    /** Whether the engine met the targets of both settings. */
    public boolean targetsMet(String engineName, Targets targets) {
        String verdict = verdict(engineName, targets);
        return verdict.contains("Setting (a)") && verdict.contains("Setting (b)") && !verdict.contains("NOT MET");
    }

    /** One line per setting with a target: how the engine's NDCG@10 compares with the baselines'. */
    public String verdict(String engineName, Targets targets) {
        StringBuilder verdict = new StringBuilder();
        for (EvaluationSetting setting : EvaluationSetting.values()) {
            if (!setting.hasTarget()) {
                continue;
            }
            EvaluationResult engine = find(engineName, setting);
            EvaluationResult bestBaseline = null;
            EvaluationResult popularity = null;
            EvaluationResult ownHistory = null;
            for (EvaluationResult result : results) {
                if (result.getSetting() == setting && result.getModel().endsWith("(baseline)")) {
                    if (bestBaseline == null || result.getNdcg() > bestBaseline.getNdcg()) {
                        bestBaseline = result;
                    }
                    if (result.getModel().startsWith("Popularity")) {
                        popularity = result;
                    }
                    if (result.getModel().startsWith("Own purchase history")) {
                        ownHistory = result;
                    }
                }
            }
            if (engine == null || bestBaseline == null || popularity == null) {
                continue;
            }
            double ratio = popularity.getNdcg() > 0d ? engine.getNdcg() / popularity.getNdcg() : 0d;
            boolean aboveBaselines = engine.getNdcg() > bestBaseline.getNdcg();
            String target;
            boolean met;
            if (setting == EvaluationSetting.ANY_PRODUCT) {
                double lead = ownHistory == null || ownHistory.getNdcg() <= 0d ? Double.POSITIVE_INFINITY
                        : engine.getNdcg() / ownHistory.getNdcg() - 1d;
                target = targets.describeAnyProduct();
                met = aboveBaselines && lead >= targets.getLeadOverOwnHistory();
                verdict.append(String.format(Locale.ROOT,
                        "Setting (a): engine NDCG@10 %.4f, best baseline %.4f (%s), %+.1f %% over own history, "
                                + "%.2fx popularity; target %s: %s%n",
                        engine.getNdcg(), bestBaseline.getNdcg(), bestBaseline.getModel(), 100d * lead, ratio,
                        target, met ? "MET" : "NOT MET"));
            } else {
                target = targets.describeNewProducts();
                met = aboveBaselines && ratio >= targets.getTimesPopularity();
                verdict.append(String.format(Locale.ROOT,
                        "Setting (b): engine NDCG@10 %.4f, best baseline %.4f (%s), %.2fx popularity; target %s: "
                                + "%s%n",
                        engine.getNdcg(), bestBaseline.getNdcg(), bestBaseline.getModel(), ratio, target,
                        met ? "MET" : "NOT MET"));
            }
        }
        return verdict.toString().trim();
    }

    private EvaluationResult find(String model, EvaluationSetting setting) {
        for (EvaluationResult result : results) {
            if (result.getModel().equals(model) && result.getSetting() == setting) {
                return result;
            }
        }
        return null;
    }
}
