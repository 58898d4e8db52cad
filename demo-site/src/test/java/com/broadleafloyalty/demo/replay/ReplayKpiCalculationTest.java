package com.broadleafloyalty.demo.replay;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KPI service against an independent calculation: a generated history (seeded: a few dozen customers of unequal
 * loyalty over three months, fixed prices per product) is replayed with {@code --report}, and the KPI file's figures
 * are worked out here from the generated invoices alone, by the definitions of issue 14 (rates with four decimals,
 * means of money with two, both half-even).
 */
class ReplayKpiCalculationTest {

    static final int INVOICES = 90;
    static final int CUSTOMERS = 30;
    static final int PRODUCTS = 25;
    static final LocalDateTime START = LocalDateTime.of(2011, 1, 1, 9, 0);
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @TempDir
    static Path folder;

    private static final List<Generated> invoices = new ArrayList<Generated>();
    private static Map<String, Object> kpis;

    @BeforeAll
    static void replayAGeneratedHistory() throws Exception {
        Path file = generate().writeGzip(folder);
        Path report = folder.resolve("report");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReplayResult result = new ReplayCommand(new PrintStream(out, true, "UTF-8")).run(ReplayOptions.parse(
                "--input", file.toString(), "--block", "30", "--warmup", "5", "--compare-every", "3",
                "--interleave", "5", "--sql-samples", "0", "--report", report.toString()));
        assertThat(result.isClean()).isTrue();
        kpis = read(new String(Files.readAllBytes(report.resolve("kpi.json")), StandardCharsets.UTF_8));
    }

    @Test
    void shouldCountOrdersCustomersAndRepeatsAsTheInvoicesHaveThem() {
        Map<String, Integer> ordersByCustomer = new HashMap<String, Integer>();
        for (Generated invoice : invoices) {
            ordersByCustomer.merge(invoice.customer, 1, Integer::sum);
        }
        long repeating = ordersByCustomer.values().stream().filter(n -> n >= 2).count();
        assertThat(number("orders")).isEqualByComparingTo(BigDecimal.valueOf(INVOICES));
        assertThat(number("customers_ordering")).isEqualByComparingTo(BigDecimal.valueOf(ordersByCustomer.size()));
        assertThat(number("guest_orders")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(number("repeat_customer_rate")).isEqualByComparingTo(rate(repeating, ordersByCustomer.size()));
        assertThat(kpis.get("retention_rate")).as("nobody ordered in the period before the file").isNull();
    }

    @Test
    void shouldMeasureOrderValuesOfFirstAndLaterOrders() {
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal first = BigDecimal.ZERO;
        BigDecimal later = BigDecimal.ZERO;
        int firstCount = 0;
        Map<String, Boolean> seen = new HashMap<String, Boolean>();
        for (Generated invoice : invoices) {
            revenue = revenue.add(invoice.value);
            if (seen.put(invoice.customer, Boolean.TRUE) == null) {
                first = first.add(invoice.value);
                firstCount++;
            } else {
                later = later.add(invoice.value);
            }
        }
        assertThat(number("revenue")).isEqualByComparingTo(revenue);
        assertThat(number("first_order_value")).isEqualByComparingTo(mean(first, firstCount));
        assertThat(number("repeat_order_value")).isEqualByComparingTo(mean(later, INVOICES - firstCount));
        assertThat(number("aov.all")).isEqualByComparingTo(mean(revenue, INVOICES));
    }

    @Test
    void shouldIssueAndHoldThePointsOfEveryOrder() {
        long points = 0;
        for (Generated invoice : invoices) {
            // 10 points per 100.00, rounded down once per order.
            points += invoice.value.movePointRight(2).longValueExact() / 1000;
        }
        assertThat(number("points_issued")).isEqualByComparingTo(BigDecimal.valueOf(points));
        assertThat(number("points_liability")).isEqualByComparingTo(BigDecimal.valueOf(points));
        assertThat(number("points_redeemed")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(number("redemption_rate")).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void shouldGroupCustomersInMonthlyCohortsOfTheirFirstOrder() {
        Map<YearMonth, List<String>> cohorts = new TreeMap<YearMonth, List<String>>();
        Map<String, List<YearMonth>> months = new HashMap<String, List<YearMonth>>();
        for (Generated invoice : invoices) {
            YearMonth month = YearMonth.from(invoice.at);
            if (!months.containsKey(invoice.customer)) {
                months.put(invoice.customer, new ArrayList<YearMonth>());
                cohorts.computeIfAbsent(month, m -> new ArrayList<String>()).add(invoice.customer);
            }
            months.get(invoice.customer).add(month);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> all = (List<Map<String, Object>>) kpis.get("cohort_retention");
        // The table shows the months before the first order too, as cohorts of nobody.
        List<Map<String, Object>> rows = new ArrayList<Map<String, Object>>();
        for (Map<String, Object> row : all) {
            if (((BigDecimal) row.get("customers")).signum() > 0) {
                rows.add(row);
            }
        }
        assertThat(rows).hasSize(cohorts.size());
        int i = 0;
        for (Map.Entry<YearMonth, List<String>> cohort : cohorts.entrySet()) {
            Map<String, Object> row = rows.get(i++);
            assertThat(row.get("cohort")).isEqualTo(cohort.getKey().toString());
            assertThat((BigDecimal) row.get("customers"))
                    .isEqualByComparingTo(BigDecimal.valueOf(cohort.getValue().size()));
            @SuppressWarnings("unchecked")
            List<Object> shares = (List<Object>) row.get("retention");
            for (int later = 1; later < shares.size(); later++) {
                YearMonth month = cohort.getKey().plusMonths(later);
                long ordering = cohort.getValue().stream().filter(c -> months.get(c).contains(month)).count();
                assertThat((BigDecimal) shares.get(later)).as(cohort.getKey() + " in " + month)
                        .isEqualByComparingTo(rate(ordering, cohort.getValue().size()));
            }
        }
    }

    /** Invoices over three months; a few customers order often, most once or twice. */
    private static RetailHistoryFixture generate() {
        Random random = new Random(14);
        String[] prices = new String[PRODUCTS];
        for (int p = 0; p < PRODUCTS; p++) {
            prices[p] = BigDecimal.valueOf(50 + random.nextInt(2500), 2).toPlainString();
        }
        RetailHistoryFixture fixture = new RetailHistoryFixture();
        LocalDateTime at = START;
        for (int i = 0; i < INVOICES; i++) {
            at = at.plusMinutes(60 + random.nextInt(24 * 60 * 2));
            int customer = Math.min(CUSTOMERS - 1, (int) (CUSTOMERS * Math.pow(random.nextDouble(), 2)));
            Generated invoice = new Generated(String.valueOf(12100 + customer), at);
            String number = String.valueOf(600000 + i);
            List<Integer> chosen = new ArrayList<Integer>();
            int lines = 1 + random.nextInt(4);
            while (chosen.size() < lines) {
                int product = random.nextInt(PRODUCTS);
                if (!chosen.contains(product)) {
                    chosen.add(product);
                    int quantity = 1 + random.nextInt(12);
                    fixture.line(number, String.valueOf(20000 + product), quantity, at.format(FORMAT),
                            prices[product], invoice.customer);
                    invoice.value = invoice.value.add(new BigDecimal(prices[product])
                            .multiply(BigDecimal.valueOf(quantity)));
                }
            }
            invoices.add(invoice);
        }
        return fixture;
    }

    private static BigDecimal number(String path) {
        Object value = kpis;
        for (String key : path.split("\\.")) {
            value = ((Map<?, ?>) value).get(key);
        }
        assertThat(value).as(path).isInstanceOf(BigDecimal.class);
        return (BigDecimal) value;
    }

    private static BigDecimal rate(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal mean(BigDecimal sum, int count) {
        return sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN);
    }

    /** The JSON document as maps, lists, strings, decimals and nulls. */
    private static Map<String, Object> read(String json) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            parser.nextToken();
            @SuppressWarnings("unchecked")
            Map<String, Object> document = (Map<String, Object>) value(parser);
            return document;
        }
    }

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<String, Object>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                map.put(name, value(parser));
            }
            return map;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<Object>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(parser));
            }
            return list;
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return new BigDecimal(parser.getText());
        }
        return token == JsonToken.VALUE_NULL ? null : parser.getText();
    }

    /** One generated invoice: its customer, time and merchandise value. */
    private static final class Generated {

        final String customer;
        final LocalDateTime at;
        BigDecimal value = BigDecimal.ZERO;

        Generated(String customer, LocalDateTime at) {
            this.customer = customer;
            this.at = at;
        }
    }
}
