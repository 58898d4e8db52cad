package com.broadleafloyalty.recommend.command;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The recommend and evaluate commands on a small generated order history. */
class CommandsTest {

    @TempDir
    Path folder;

    private Path history;

    @BeforeEach
    void writeHistory() throws IOException {
        StringBuilder csv = new StringBuilder(
                "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
        int invoice = 540000;
        for (int customer = 12000; customer < 12010; customer++) {
            csv.append(line(invoice, "22001", "2011-03-01", customer));
            csv.append(line(invoice++, "22002", "2011-03-01", customer));
            csv.append(line(invoice, "22002", "2011-08-01", customer));
            csv.append(line(invoice++, "22003", "2011-08-01", customer));
        }
        csv.append("C540100,22003,\"MUG, RED\",-1,2011-03-02 10:00,2.10,12000,United Kingdom\n");
        csv.append("540101,POST,POSTAGE,1,2011-03-02 10:00,18.00,12000,United Kingdom\n");
        history = folder.resolve("history.csv");
        Files.write(history, csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldWriteRankedListsForTheListedCustomers() throws IOException {
        Path customers = folder.resolve("customers.txt");
        Files.write(customers, Arrays.asList("CustomerID", "12000", "", "99999"), StandardCharsets.UTF_8);
        Path out = folder.resolve("recommendations.csv");

        int status = RecommendCommand.execute(new String[] {"--train", history.toString(), "--customers",
                customers.toString(), "--out", out.toString(), "--depth", "2"});

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("12000,1,22002");
        assertThat(lines.get(1)).startsWith("12000,2,");
        assertThat(lines.get(2)).isEqualTo("99999,1,22001");
        assertThat(lines).allMatch(line -> line.matches("\\d+,[12],\\d+"));
    }

    @Test
    void shouldRefuseAMissingFileWithoutWritingAnything() {
        Path out = folder.resolve("never.csv");

        int status = RecommendCommand.execute(new String[] {"--train", folder.resolve("missing.csv").toString(),
                "--customers", history.toString(), "--out", out.toString()});

        assertThat(status).isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    @Test
    void shouldEvaluateATimeSplitAndScoreARecommendationsFile() throws IOException {
        Path lists = folder.resolve("lists.csv");
        Files.write(lists, Arrays.asList("12000,1,22003", "12001,1,22001"), StandardCharsets.UTF_8);

        int status = EvaluateCommand.execute(new String[] {"--data", history.toString(), "--split", "2011-07-01",
                "--recommendations", lists.toString()});

        assertThat(status).isZero();
    }

    @Test
    void shouldFailWhenAskedToCheckTargetsTheEngineMisses() {
        // Everyone rebuys the same products: no model can beat the baselines here.
        assertThat(EvaluateCommand.execute(new String[] {"--data", history.toString(), "--check-targets"}))
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseAnUnknownOption() {
        assertThat(EvaluateCommand.execute(new String[] {"--data", history.toString(), "--colour", "red"}))
                .isEqualTo(2);
    }

    @Test
    void shouldRefuseBadValuesWithStatusTwo() {
        assertThat(EvaluateCommand.execute("--data", history.toString(), "--split", "July")).isEqualTo(2);
        assertThat(EvaluateCommand.execute("--split", "2011-07-01")).isEqualTo(2);
        assertThat(RecommendCommand.execute("--train", history.toString(), "--customers", history.toString(),
                "--out", folder.resolve("out.csv").toString(), "--depth", "0")).isEqualTo(2);
        assertThat(RecommendCommand.execute("--train", history.toString(), "--customers", history.toString(),
                "--out", folder.resolve("out.csv").toString(), "--neighbours", "many")).isEqualTo(2);
        assertThat(folder.resolve("out.csv")).doesNotExist();
    }

    @Test
    void shouldEvaluateTheValidationSplitWithModelOptions() {
        assertThat(EvaluateCommand.execute("--data", history.toString(), "--validation", "--half-life", "30",
                "--lambda", "10", "--repurchase-weight", "0.5", "--neighbours", "5", "--split", "2011-05-01",
                "--until", "2011-09-01")).isZero();
    }

    @Test
    void shouldPrintHelpForEachCommand() {
        assertThat(RecommendCommand.execute("--help")).isZero();
        assertThat(EvaluateCommand.execute("--help")).isZero();
        assertThat(EvaluateCommand.execute("-h")).isZero();
    }

    private static String line(int invoice, String stockCode, String day, int customer) {
        return invoice + "," + stockCode + ",PRODUCT " + stockCode + ",1," + day + " 10:00,1.25," + customer
                + ",United Kingdom\n";
    }
}
