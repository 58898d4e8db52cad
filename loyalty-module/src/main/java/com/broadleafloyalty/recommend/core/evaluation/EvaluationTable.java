package com.broadleafloyalty.recommend.core.evaluation;

import java.util.List;
import java.util.Locale;

/** Prints evaluation results as a Markdown table, and checks the engine against the targets. */
public final class EvaluationTable {

    /** Setting (b): the engine's NDCG@10 must be at least this multiple of popularity's. */
    public static final double DISCOVERY_TARGET = 2.5d;

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
    public boolean targetsMet(String engineName) {
        String verdict = verdict(engineName);
        return verdict.contains("Setting (a)") && verdict.contains("Setting (b)") && !verdict.contains("NOT MET");
    }

    /** One line per setting: how the engine's NDCG@10 compares with the baselines'. */
    public String verdict(String engineName) {
        StringBuilder verdict = new StringBuilder();
        for (EvaluationSetting setting : EvaluationSetting.values()) {
            EvaluationResult engine = find(engineName, setting);
            EvaluationResult bestBaseline = null;
            EvaluationResult popularity = null;
            for (EvaluationResult result : results) {
                if (result.getSetting() == setting && result.getModel().endsWith("(baseline)")) {
                    if (bestBaseline == null || result.getNdcg() > bestBaseline.getNdcg()) {
                        bestBaseline = result;
                    }
                    if (result.getModel().startsWith("Popularity")) {
                        popularity = result;
                    }
                }
            }
            if (engine == null || bestBaseline == null || popularity == null) {
                continue;
            }
            double ratio = popularity.getNdcg() > 0d ? engine.getNdcg() / popularity.getNdcg() : 0d;
            boolean met = setting == EvaluationSetting.ANY_PRODUCT ? engine.getNdcg() > bestBaseline.getNdcg()
                    : ratio >= DISCOVERY_TARGET;
            verdict.append(String.format(Locale.ROOT,
                    "Setting (%s): engine NDCG@10 %.4f, best baseline %.4f (%s), %.2fx popularity; target %s: %s%n",
                    setting.getCode(), engine.getNdcg(), bestBaseline.getNdcg(), bestBaseline.getModel(), ratio,
                    setting == EvaluationSetting.ANY_PRODUCT ? "above every baseline" : ">= 2.5x popularity",
                    met ? "MET" : "NOT MET"));
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
