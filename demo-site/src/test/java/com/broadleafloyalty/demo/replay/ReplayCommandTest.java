package com.broadleafloyalty.demo.replay;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays {@link SmallHistory} through the real Broadleaf checkout with the loyalty module, and checks the ledger
 * against points worked out here by hand, in pence: 10 points per 100.00 is one point per 1,000 pence, rounded down
 * once per order; a return takes back the points of the order's subtotal before it minus those after it.
 */
class ReplayCommandTest {

    /** Alice's orders 500001 (148.94) and 500004 (95.00), Bob's 500002 (145.20), Carol's 500008 (140.95), 500009. */
    private static final long EARNED = points(14894) + points(9500) + points(14520) + points(14095) + points(8500);
    /** C500005: 4 x 12.50 back from 500004, 2 x 12.50 from 500001; C500010: all of 500009. */
    private static final long CLAWED_BACK = points(9500) - points(9500 - 5000)
            + points(14894) - points(14894 - 2500)
            + points(8500);

    @TempDir
    static Path folder;

    private static ReplayResult result;
    private static String report;

    @BeforeAll
    static void replaySmallHistory() throws Exception {
        Path file = SmallHistory.fixture().writeGzip(folder);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, "UTF-8");
        result = new ReplayCommand(out).run(ReplayOptions.parse("--input", file.toString(), "--block", "3",
                "--warmup", "1", "--compare-every", "1", "--interleave", "2", "--sql-samples", "1"));
        report = new String(printed.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void shouldAwardAndClawBackExactlyTheIndependentlyCalculatedPoints() {
        assertThat(EARNED).isEqualTo(14 + 9 + 14 + 14 + 8);
        assertThat(CLAWED_BACK).isEqualTo(5 + 2 + 8);
        assertThat(result.getLedgerEarned()).isEqualTo(EARNED);
        assertThat(result.getLedgerClawedBack()).isEqualTo(CLAWED_BACK);
        assertThat(result.getMismatches()).isZero();
        assertThat(result.isClean()).isTrue();
    }

    @Test
    void shouldReplayEveryOrderAndReturnWithTheModuleAndCompareWithoutIt() {
        assertThat(result.getOutcome().getOrdersReplayed()).isEqualTo(5);
        assertThat(result.getOutcome().getReturnsReplayed()).isEqualTo(3);
        assertThat(result.getOutcome().getComparisonOrders()).isEqualTo(5);
        assertThat(result.getOutcome().getWithModule().getCount())
                .isEqualTo(result.getOutcome().getWithoutModule().getCount());
        assertThat(result.getAddedSql()).isPositive();
    }

    @Test
    void shouldEndTheReportWithTheOneLineSummary() {
        String[] lines = report.trim().split("\n");
        assertThat(lines[lines.length - 1])
                .matches("replay: orders=5 mismatches=0 overhead=\\d+\\.\\d\\d added_sql=\\d+(\\.\\d)?");
        assertThat(report).contains("totals equal").contains("module SQL in the checkout of invoice");
    }

    private static long points(long pence) {
        return pence / 1000;
    }
}
