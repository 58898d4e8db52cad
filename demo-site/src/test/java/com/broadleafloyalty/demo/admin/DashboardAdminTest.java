package com.broadleafloyalty.demo.admin;

import com.broadleafloyalty.demo.DemoHistorySetting;
import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loyalty > Dashboard in the real demo admin over HTTP, on a shop whose first start seeded a generated year of
 * orders through the real checkout (a smaller one than the demo's default, to keep the test short). Its figures are
 * checked against plain SQL over the same database.
 */
class DashboardAdminTest {

    static final int SEEDED_ORDERS = 80;

    private static AdminTestServer server;
    private static AdminBrowser admin;
    private static Document year;

    @BeforeAll
    static void startAdminOnASeededShop() throws Exception {
        server = DemoHistorySetting.startingWith(SEEDED_ORDERS, AdminTestServer::start);
        admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        year = admin.get("/loyalty-dashboard?range=365");
    }

    @AfterAll
    static void stopAdmin() throws Exception {
        server.close();
    }

    @Test
    void shouldShowTheYearsFiguresAsTheDatabaseHasThem() throws Exception {
        Element link = year.selectFirst("a[href$=/admin/loyalty-dashboard]");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("Dashboard");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Timestamp from = Timestamp.from(today.minusDays(364).atStartOfDay(ZoneOffset.UTC).toInstant());
        Timestamp to = Timestamp.from(today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        long memberOrders = sql("SELECT COUNT(*) FROM BLC_ORDER o JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = o.CUSTOMER_ID"
                + " WHERE o.ORDER_STATUS = 'SUBMITTED' AND c.IS_REGISTERED = TRUE AND o.SUBMIT_DATE >= ?"
                + " AND o.SUBMIT_DATE < ?", from, to);
        long guestOrders = sql("SELECT COUNT(*) FROM BLC_ORDER o JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = o.CUSTOMER_ID"
                + " WHERE o.ORDER_STATUS = 'SUBMITTED' AND c.IS_REGISTERED = FALSE AND o.SUBMIT_DATE >= ?"
                + " AND o.SUBMIT_DATE < ?", from, to);
        long issued = sql("SELECT COALESCE(SUM(POINTS), 0) FROM LOY_LEDGER_ENTRY WHERE ENTRY_TYPE IN ('EARN', 'BONUS')"
                + " AND CREATED_DATE >= ? AND CREATED_DATE < ?", from, to);
        long liability = sql("SELECT COALESCE(SUM(POINTS), 0) FROM LOY_LEDGER_ENTRY WHERE CREATED_DATE < ?", to);

        assertThat(memberOrders + guestOrders).isEqualTo(SEEDED_ORDERS);
        assertThat(headline("Orders of members")).isEqualTo(memberOrders);
        assertThat(headline("Guest orders")).isEqualTo(guestOrders);
        assertThat(headline("Points issued")).isEqualTo(issued).isPositive();
        assertThat(headline("Points liability at the end")).isEqualTo(liability);
        assertThat(headline("Points redeemed")).as("the seeded members spent points").isPositive();
        assertThat(year.select("#loyalty-table-weekly tbody tr")).hasSizeBetween(53, 54);
        assertThat(year.select("#loyalty-table-cohorts tbody tr")).hasSizeGreaterThanOrEqualTo(12);
        assertThat(year.select("#loyalty-table-feedback tbody tr")).isNotEmpty();
        assertThat(year.select("canvas[id^=loyalty-chart-]")).hasSize(6);
        assertThat(year.select("script[src$=/js/chart.umd.min.js]")).hasSize(1);
        String data = year.selectFirst("#loyalty-dashboard-data").data();
        assertThat(data).startsWith("{\"weeks\":[").contains("\"labels\":{\"issued\":\"Issued\"");
        assertThat(year.select("#loyalty-table-feedback thead th").first().text()).isEqualTo("Month");
        assertThat(year.text()).doesNotContain("??", "{0}");
    }

    @Test
    void shouldExportEveryTableAsCsv() throws Exception {
        int tables = 0;
        for (Element export : year.select("a.loyalty-export")) {
            String path = export.attr("href").substring("/admin".length());
            Connection.Response csv = admin.fetch(path);
            assertThat(csv.statusCode()).as(path).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.header("Content-Disposition")).startsWith("attachment; filename=\"loyalty-");
            String body = new String(csv.bodyAsBytes(), StandardCharsets.UTF_8);
            Element table = export.parents().select("div.loyalty-table").first().selectFirst("table");
            assertThat(body.split("\r\n")).as(path).hasSize(table.select("tr").size());
            tables++;
        }
        assertThat(tables).isEqualTo(13);
        String headline = new String(admin.fetch("/loyalty-dashboard/export/headline.csv?range=365").bodyAsBytes(),
                StandardCharsets.UTF_8);
        assertThat(headline).startsWith("\uFEFFFigure,This period,Previous period,Change\r\n")
                .contains("\r\nOrders of members," + headline("Orders of members") + ",");
    }

    @Test
    void shouldRefuseBadInputWithASentenceAndNeverAnError() throws Exception {
        Document bad = admin.get("/loyalty-dashboard?range=custom&from=yesterday&to=2024-01-31");
        assertThat(bad.selectFirst(".loyalty-refusal").text()).contains("is not two dates");
        assertThat(bad.select("#loyalty-table-headline")).hasSize(1);
        Document reversed = admin.get("/loyalty-dashboard?range=custom&from=2024-02-01&to=2024-01-31");
        assertThat(reversed.selectFirst(".loyalty-refusal").text()).contains("ends before it starts");
        Document month = admin.get("/loyalty-dashboard?range=custom&from=2024-01-01&to=2024-01-31");
        assertThat(month.select(".loyalty-refusal")).isEmpty();
        assertThat(month.selectFirst(".loyalty-period").text()).contains("2024-01-01").contains("2023-12-01");

        assertThat(admin.fetch("/loyalty-dashboard/export/nothing.csv").statusCode()).isEqualTo(404);
        assertThat(admin.fetch("/loyalty-dashboard/export/headline.csv?range=custom&from=x&to=y").statusCode())
                .isEqualTo(400);
    }

    @Test
    void shouldServeTheChartScriptsFromTheAdminJar() throws Exception {
        Connection.Response chart = admin.fetch("/js/chart.umd.min.js");
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.body()).contains("Chart");
        Connection.Response script = admin.fetch("/js/loyalty-dashboard.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("loyalty-dashboard-data");
    }

    private static long headline(String figure) {
        for (Element row : year.select("#loyalty-table-headline tbody tr")) {
            if (row.child(0).text().equals(figure)) {
                return Long.parseLong(row.child(1).text().replace(",", ""));
            }
        }
        throw new AssertionError("No headline figure " + figure);
    }

    private static long sql(String query, Timestamp... parameters) throws Exception {
        try (java.sql.Connection connection = DriverManager.getConnection(server.jdbcUrl(), "sa", "");
                PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setTimestamp(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
