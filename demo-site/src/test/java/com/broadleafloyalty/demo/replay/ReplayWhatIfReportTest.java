package com.broadleafloyalty.demo.replay;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code replay --report DIR --config FILE} on {@link SmallHistory}, with programme settings that earn twice the
 * shop's rate (20 points per 100.00, one point per 500 pence, rounded down once per order): the KPI file and the static
 * page agree with the replay's own totals and with points worked out here by hand.
 */
class ReplayWhatIfReportTest {

    /** Orders 500001 (148.94), 500004 (95.00), 500002 (145.20), 500008 (140.95), 500009 (85.00). */
    private static final long EARNED = points(14894) + points(9500) + points(14520) + points(14095) + points(8500);
    /** C500005: 4 x 12.50 back from 500004, 2 x 12.50 from 500001; C500010: all of 500009. */
    private static final long CLAWED_BACK = points(9500) - points(9500 - 5000) + points(14894) - points(14894 - 2500)
            + points(8500);

    @TempDir
    static Path folder;

    private static Path reportDir;
    private static ReplayResult result;
    private static String printed;
    private static Map<String, String> kpis;
    private static String kpiJson;

    @BeforeAll
    static void replayWithReport() throws Exception {
        Path file = SmallHistory.fixture().writeGzip(folder);
        Path config = folder.resolve("double-points.properties");
        Files.write(config, ("# twice the shop's earning rate\nloyalty.earn.points=20\nloyalty.earn.per.amount=100\n"
                + "# a ladder of the merchant's own instead of the demo's\n"
                + "loyalty.replay.tiers=Starter:0:0:1; Champion:100000:1000000:3\n").getBytes(StandardCharsets.UTF_8));
        reportDir = folder.resolve("whatif");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result = new ReplayCommand(new PrintStream(out, true, "UTF-8")).run(ReplayOptions.parse("--input",
                file.toString(), "--block", "3", "--warmup", "1", "--compare-every", "1", "--interleave", "2",
                "--sql-samples", "0", "--config", config.toString(), "--report", reportDir.toString()));
        printed = new String(out.toByteArray(), StandardCharsets.UTF_8);
        kpiJson = new String(Files.readAllBytes(reportDir.resolve("kpi.json")), StandardCharsets.UTF_8);
        kpis = topLevel(kpiJson);
    }

    @Test
    void shouldEarnByTheSettingsTried() {
        assertThat(EARNED).isEqualTo(29 + 19 + 29 + 28 + 17);
        assertThat(CLAWED_BACK).isEqualTo(10 + 5 + 17);
        assertThat(result.getLedgerEarned()).isEqualTo(EARNED);
        assertThat(result.getLedgerClawedBack()).isEqualTo(CLAWED_BACK);
        assertThat(result.isClean()).isTrue();
        assertThat(printed).contains("programme settings: loyalty.earn.per.amount=100, loyalty.earn.points=20");
    }

    @Test
    void shouldReplayOnTheTierLadderTheSettingsGive() {
        assertThat(printed).contains("tiers: [Starter (0 points or 0 spend, x1), Champion (100000 points or 1000000"
                + " spend, x3)]");
        assertThat(kpiJson.replaceAll("\\s", "")).contains("\"members_by_tier\":{\"Starter\":3").doesNotContain("Bronze");
    }

    @Test
    void shouldRefuseATierLadderThatIsNotValid() throws IOException {
        Path broken = folder.resolve("broken-tiers.properties");
        Files.write(broken, "loyalty.replay.tiers=Gold:abc:0:1\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ReplayOptions.parse("--input", broken.toString(), "--config", broken.toString())
                .getConfig().tiers()).hasMessageContaining("points must be a whole number");
        Files.write(broken, "loyalty.replay.tiers=Gold:0:0\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ReplayOptions.parse("--input", broken.toString(), "--config", broken.toString())
                .getConfig().tiers()).hasMessageContaining("each tier is name:points:spend:multiplier");
        Files.write(broken, "loyalty.replay.tiers=Gold:0:0:1e9\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ReplayOptions.parse("--input", broken.toString(), "--config", broken.toString())
                .getConfig().tiers()).hasMessageContaining("\"Gold:0:0:1e9\"; the multiplier can be at most 10");
    }

    @Test
    void shouldWriteKpisThatAgreeWithTheReplaysOwnTotals() {
        assertThat(kpis.get("period_from")).isEqualTo("2011-01-03T00:00:00Z");
        assertThat(kpis.get("period_to")).isEqualTo("2011-01-09T00:00:00Z");
        assertThat(number("orders")).isEqualTo(result.getOutcome().getOrdersReplayed()).isEqualTo(5);
        assertThat(number("customers_ordering")).isEqualTo(3);
        assertThat(number("guest_orders")).isZero();
        assertThat(number("points_issued")).isEqualTo(result.getLedgerEarned());
        assertThat(number("points_clawed_back")).isEqualTo(result.getLedgerClawedBack());
        assertThat(number("points_redeemed")).isZero();
        assertThat(number("points_liability")).isEqualTo(result.getVerifiedLiability())
                .isEqualTo(EARNED - CLAWED_BACK);
        // Alice ordered twice, Bob and Carol... Carol twice too: two of three customers repeat.
        assertThat(kpis.get("repeat_customer_rate")).startsWith("0.66");
        assertThat(new BigDecimal(kpis.get("redemption_rate"))).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(printed).contains("report: " + reportDir + " (kpi.json and index.html) for 2011-01-03 to"
                + " 2011-01-08");
    }

    @Test
    void shouldWriteAStaticPageWithItsChartsBesideIt() throws IOException {
        Document page = Jsoup.parse(reportDir.resolve("index.html").toFile(), "UTF-8");
        assertThat(page.title()).isEqualTo("Loyalty programme: what-if report");
        assertThat(page.select("canvas[id^=loyalty-chart-]")).hasSize(6);
        assertThat(page.select("script[src]").eachAttr("src")).containsExactly("chart.umd.min.js",
                "loyalty-dashboard.js");
        assertThat(new String(Files.readAllBytes(reportDir.resolve("chart.umd.min.js")), StandardCharsets.UTF_8))
                .contains("Chart");
        assertThat(Files.size(reportDir.resolve("loyalty-dashboard.js"))).isPositive();
        assertThat(page.select("a, form")).as("no admin links or period picker").isEmpty();
        assertThat(page.html()).doesNotContainPattern("\\sth:[a-z]+=").doesNotContain("??").doesNotContain("http://")
                .doesNotContain("https://");
        assertThat(page.selectFirst(".loyalty-report-settings").text()).contains("loyalty.earn.points=20");
        assertThat(page.selectFirst(".loyalty-report-intro").text()).contains("Orders: 5; customers: 3.");
        assertThat(headline(page, "Orders of members")).isEqualTo("5");
        assertThat(headline(page, "Points issued")).isEqualTo(String.valueOf(EARNED));
        assertThat(page.selectFirst("#loyalty-dashboard-data").data()).startsWith("{\"weeks\":[\"2011-01-03\"");
    }

    @Test
    void shouldRefuseSettingsThatAreNotLoyaltyProperties() throws IOException {
        Path bad = folder.resolve("bad.properties");
        Files.write(bad, "blc.site.enable.xssWrapping=false\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ReplayOptions.parse("--input", bad.toString(), "--config", bad.toString()))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("only loyalty.* properties are programme settings");
        Path empty = folder.resolve("empty.properties");
        Files.write(empty, "# nothing\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ReplayOptions.parse("--input", bad.toString(), "--config", empty.toString()))
                .hasMessageContaining("sets no loyalty.* property");
        assertThatThrownBy(() -> ReplayOptions.parse("--input", bad.toString(), "--config",
                folder.resolve("missing.properties").toString())).hasMessageContaining("no such file");
    }

    private static String headline(Document page, String figure) {
        for (Element row : page.select("#loyalty-table-headline tbody tr")) {
            if (row.child(0).text().equals(figure)) {
                return row.child(1).text().replace(",", "");
            }
        }
        throw new AssertionError("No headline figure " + figure);
    }

    private static long number(String key) {
        assertThat(kpis).containsKey(key);
        return Long.parseLong(kpis.get(key));
    }

    /** The document's top-level scalars as their JSON text (nested objects and arrays skipped). */
    private static Map<String, String> topLevel(String json) throws IOException {
        Map<String, String> values = new HashMap<String, String>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                } else if (value != JsonToken.VALUE_NULL) {
                    values.put(name, parser.getText());
                }
            }
        }
        return values;
    }

    private static long points(long pence) {
        return pence / 500;
    }
}
