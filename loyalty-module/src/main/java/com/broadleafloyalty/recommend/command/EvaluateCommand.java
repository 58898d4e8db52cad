package com.broadleafloyalty.recommend.command;

import com.broadleafloyalty.history.core.CleaningPolicy;
import com.broadleafloyalty.history.core.OrderHistory;
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
import com.broadleafloyalty.support.command.CommandLineTool;
import com.broadleafloyalty.support.command.ExistingFile;
import com.broadleafloyalty.support.command.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code evaluate --data FILE [--split 2011-07-01] [--until DAY] [--validation] [--recommendations FILE]}:
 * trains the engine and the baselines on the purchases ({@link CleaningPolicy#PURCHASES_ONLY}) before the split day,
 * scores them on the customers who bought both before and after it, and prints the table. {@code --validation}
 * evaluates on the split used for tuning (train before 2011-05-01, test May and June 2011), inside the training
 * period. {@code --recommendations FILE} also scores a file written by {@code recommend} (CustomerID,rank,StockCode).
 * Setting (a)'s list is also judged on repeat and explore products separately. {@code --check-targets} exits with 1
 * when the engine misses a target ({@link Targets#ISSUE}; on the validation split {@link Targets#VALIDATION}).
 */
@Command(name = "evaluate", sortOptions = false, sortSynopsis = false, description = "Offline evaluation of the recommendation engine "
        + "against baselines on a time split of an order history.",
        exitCodeListHeading = "Exit status:%n", exitCodeList = {"0:the table was printed",
            "1:--check-targets found a target missed", "2:bad options, or a file that cannot be read"})
public final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "FILE", converter = ExistingFile.class,
            description = "Order history (CSV, plain or gzip).")
    Path data;

    @Option(names = "--split", paramLabel = "yyyy-MM-dd", description = "First day of the test period (default "
            + "2011-07-01; 2011-05-01 with --validation).")
    LocalDate split;

    @Option(names = "--until", paramLabel = "yyyy-MM-dd", description = "Day after the test period (default: the "
            + "end of the file; 2011-07-01 with --validation).")
    LocalDate until;

    @Option(names = "--validation", description = "Evaluate on the tuning split, inside the training period.")
    boolean validation;

    @Option(names = "--check-targets", description = "Exit with 1 when the engine misses a target.")
    boolean checkTargets;

    @Option(names = "--recommendations", paramLabel = "FILE", converter = ExistingFile.class,
            description = "Also score a file written by recommend.")
    Path recommendations;

    @Mixin
    ModelOptions model;

    @Mixin
    HelpOption help;

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
    static int execute(String... args) {
        return CommandLineTool.execute("evaluate", new EvaluateCommand(), args);
    }

    @Override
    public Integer call() throws IOException {
        LocalDate splitDay = split != null ? split : LocalDate.parse(validation ? "2011-05-01" : "2011-07-01");
        LocalDate endDay = until != null ? until : validation ? LocalDate.parse("2011-07-01") : null;
        RecommenderSettings settings = model.settings();

        long start = System.nanoTime();
        OrderHistory history = OrderHistory.read(data, CleaningPolicy.PURCHASES_ONLY);
        System.out.println("Cleaned as " + history.getPolicy() + ": " + history.getTally());
        TimeSplit split = TimeSplit.of(history.getLines(), splitDay, endDay);
        System.out.println("Split at " + splitDay + (endDay == null ? "" : " until " + endDay) + ": "
                + split.describe());
        long trained = System.nanoTime();
        EngineModel engine = new EngineModel("Engine: TIFU-kNN + EASE^R", settings, split);
        System.out.printf("Engine (%s) trained in %.1f s: %s%n", settings, (System.nanoTime() - trained) / 1e9,
                engine.engine().size());

        List<EvaluatedModel> models = new ArrayList<EvaluatedModel>();
        models.add(engine);
        models.add(new PopularityBaseline(split.getTrainProducts().values()));
        models.add(new OwnHistoryBaseline(split.getTrainOrders()));
        models.add(new ItemCosineKnnBaseline(split.getTrainProducts()));
        if (recommendations != null) {
            models.add(RecommendationsFile.read(recommendations));
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
        return checkTargets && !table.targetsMet(engine.name(), targets) ? 1 : 0;
    }
}
