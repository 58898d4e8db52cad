package com.broadleafloyalty.recommend.command;

import com.broadleafloyalty.history.core.CleaningRules;
import com.broadleafloyalty.history.core.OrderHistoryCsv;
import com.broadleafloyalty.recommend.core.RecommenderSettings;
import com.broadleafloyalty.recommend.core.evaluation.EngineModel;
import com.broadleafloyalty.recommend.core.evaluation.EvaluatedModel;
import com.broadleafloyalty.recommend.core.evaluation.EvaluationHarness;
import com.broadleafloyalty.recommend.core.evaluation.EvaluationResult;
import com.broadleafloyalty.recommend.core.evaluation.EvaluationSetting;
import com.broadleafloyalty.recommend.core.evaluation.EvaluationTable;
import com.broadleafloyalty.recommend.core.evaluation.ItemCosineKnnBaseline;
import com.broadleafloyalty.recommend.core.evaluation.OwnHistoryBaseline;
import com.broadleafloyalty.recommend.core.evaluation.PopularityBaseline;
import com.broadleafloyalty.recommend.core.evaluation.RecommendationsFile;
import com.broadleafloyalty.recommend.core.evaluation.Targets;
import com.broadleafloyalty.recommend.core.evaluation.TimeSplit;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code evaluate --data FILE [--split 2011-07-01] [--until DAY] [--validation] [--recommendations FILE]}:
 * trains the engine and the baselines on the orders before the split day, scores them on the customers who bought
 * both before and after it, and prints the table. {@code --validation} evaluates on the split used for tuning
 * (train before 2011-05-01, test May and June 2011), inside the training period. {@code --recommendations FILE}
 * also scores a file written by {@code recommend} (CustomerID,rank,StockCode). Setting (a)'s list is also judged on
 * repeat and explore products separately. {@code --check-targets} exits with 1 when the engine misses a target
 * ({@link Targets#ISSUE}; on the validation split {@link Targets#VALIDATION}).
 */
public final class EvaluateCommand {

    private EvaluateCommand() {
    }

    public static void main(String[] args) {
        int status = execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the command: 0 when the table was printed, 1 when {@code --check-targets} found a target missed, 2 (after
     * saying why on stderr) when it could not run.
     */
    static int execute(String[] args) {
        try {
            return run(args);
        } catch (IOException | RuntimeException e) {
            System.err.println("evaluate: " + e.getMessage());
            System.err.println("usage: evaluate --data FILE [--split yyyy-MM-dd] [--until yyyy-MM-dd] "
                    + "[--validation] [--check-targets] [--recommendations FILE] " + CommandLine.MODEL_USAGE);
            return 2;
        }
    }

    private static int run(String[] args) throws IOException {
        Set<String> known = new HashSet<String>(Arrays.asList("data", "split", "until", "recommendations"));
        known.addAll(Arrays.asList(CommandLine.MODEL_OPTIONS));
        CommandLine options = new CommandLine(args, known,
                new HashSet<String>(Arrays.asList("validation", "check-targets")));
        boolean validation = options.has("validation");
        LocalDate splitDay = LocalDate.parse(options.text("split", validation ? "2011-05-01" : "2011-07-01"));
        String until = options.text("until", validation ? "2011-07-01" : null);
        RecommenderSettings settings = options.settings();

        long start = System.nanoTime();
        TimeSplit split = TimeSplit.of(CleaningRules.purchases(OrderHistoryCsv.read(options.existingFile("data"))),
                splitDay, until == null ? null : LocalDate.parse(until));
        System.out.println("Split at " + splitDay + (until == null ? "" : " until " + until) + ": " + split.describe());
        long trained = System.nanoTime();
        EngineModel engine = new EngineModel("Engine: TIFU-kNN + EASE^R", settings, split);
        System.out.printf("Engine (%s) trained in %.1f s: %s%n", settings, (System.nanoTime() - trained) / 1e9,
                engine.engine().size());

        List<EvaluatedModel> models = new ArrayList<EvaluatedModel>();
        models.add(engine);
        models.add(new PopularityBaseline(split.getTrainProducts().values()));
        models.add(new OwnHistoryBaseline(split.getTrainOrders()));
        models.add(new ItemCosineKnnBaseline(split.getTrainProducts()));
        if (options.has("recommendations")) {
            models.add(RecommendationsFile.read(options.existingFile("recommendations")));
        }
        EvaluationHarness harness = new EvaluationHarness(split);
        List<EvaluationResult> results = new ArrayList<EvaluationResult>();
        for (EvaluationSetting setting : EvaluationSetting.values()) {
            for (EvaluatedModel model : models) {
                if (setting != EvaluationSetting.NEW_PRODUCTS_ONLY || !(model instanceof OwnHistoryBaseline)) {
                    results.add(harness.evaluate(model, setting));
                }
            }
        }
        EvaluationTable table = new EvaluationTable(results);
        System.out.print(table.markdown());
        Targets targets = validation ? Targets.VALIDATION : Targets.ISSUE;
        System.out.println(table.verdict(engine.name(), targets));
        System.out.printf("Evaluation took %.1f s%n", (System.nanoTime() - start) / 1e9);
        return options.has("check-targets") && !table.targetsMet(engine.name(), targets) ? 1 : 0;
    }
}
