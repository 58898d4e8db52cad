package com.broadleafloyalty.demo.admin;

import static com.broadleafloyalty.demo.admin.RewardCatalogAdminTest.field;
import static org.assertj.core.api.Assertions.assertThat;

import com.broadleafloyalty.demo.seed.DemoCustomers;
import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Drives the real demo admin over HTTP through Loyalty > Tiers, with the demo's Bronze, Silver, Gold and VIP. */
class TiersAdminTest {

    private static AdminTestServer server;
    private AdminBrowser admin;

    @BeforeAll
    static void startAdmin() throws Exception {
        server = AdminTestServer.start();
    }

    @AfterAll
    static void stopAdmin() throws Exception {
        server.close();
    }

    @BeforeEach
    void signIn() throws Exception {
        admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
    }

    @Test
    void shouldListTheDemoTiersInTheLoyaltyMenu() throws Exception {
        Document list = admin.get("/loyalty-tiers");

        Element link = list.selectFirst("a[href$=/admin/loyalty-tiers]");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("Tiers");
        assertThat(list.select("#listGrid-main tr[data-rowid] td[data-fieldname=name]").eachText())
                .contains("Bronze", "Silver", "Gold", "VIP");
    }

    @Test
    void shouldAddEditAndDeleteAValidTier() throws Exception {
        int before = count();

        Connection.Response created = admin.submit(addForm(), tier("Platinum", "1000", "10000", "3"));
        assertThat(created.parse().select(".errors, .fieldError").text()).isEmpty();
        assertThat(created.url().getPath()).matches("/admin/loyalty-tiers/-?\\d+");
        assertThat(count()).isEqualTo(before + 1);
        String path = created.url().getPath().substring("/admin".length());

        admin.submit(editForm(path), Collections.singletonMap(field("multiplier"), "2.5"));
        assertThat(rowOf("Platinum")).isEqualTo("1000, 10000.00000, 2.50000");

        FormElement form = editForm(path);
        admin.submitTo(form.absUrl("action") + "/delete", form, Collections.<String, String>emptyMap());
        assertThat(count()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "duplicate name | gold | 600 | 6000 | 1 | Name: There is already a tier named \"Gold\"",
            "negative multiplier | Diamond | 600 | 6000 | -1 | Earning multiplier: The earning multiplier must be 0 or more, got -1.",
            "multiplier above 10 | Diamond | 600 | 6000 | 1000000000 | Earning multiplier: The earning multiplier can be at most 10, got 1000000000.",
            "spend not increasing | Diamond | 600 | 3000 | 2 | Spend threshold: The spend threshold must be more than 4,000 of tier \"VIP\"",
            "same points as Gold | Diamond | 150 | 6000 | 2 | Points threshold: The points threshold 150 is already used by tier \"Gold\"",
            "blank name | '   ' | 600 | 6000 | 2 | Name: This field is required"})
    void shouldRefuseAnInvalidSetUpNextToTheFieldAndSaveNothing(String what, String name, String points, String spend,
            String multiplier, String message) throws Exception {
        int before = count();

        Connection.Response refused = admin.submit(addForm(), tier(name, points, spend, multiplier));

        assertThat(refused.parse().select(".errors .fieldError").text()).contains(message);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAnInvalidEditAndKeepTheSavedTier() throws Exception {
        String goldPath = "/loyalty-tiers/-3";

        Connection.Response refused = admin.submit(editForm(goldPath),
                Collections.singletonMap(field("spendThreshold"), "5000"));

        assertThat(refused.parse().select(".errors .fieldError").text())
                .contains("Spend threshold: The spend threshold must be less than 4,000 of tier \"VIP\"");
        assertThat(rowOf("Gold")).isEqualTo("150, 1500.00000, 1.50000");
    }

    @Test
    void shouldShowTheCustomersTierInTheCustomerPointsView() throws Exception {
        Element link = admin.get("/loyalty-customers?q=" + DemoCustomers.SHOPPERS[0][0])
                .selectFirst("#loyalty-customers a:containsOwn(" + DemoCustomers.SHOPPERS[0][0] + ")");
        Document account = admin.get(link.attr("href").substring(link.attr("href").indexOf("/loyalty-customers")));

        // The demo shopper has only her welcome bonus (not qualifying) and no evaluation yet.
        assertThat(account.selectFirst("#loyalty-customer-tier h5").text()).isEqualTo("Tier");
        assertThat(account.selectFirst("#loyalty-tier-none").text()).isEqualTo("In no tier.");
        assertThat(account.selectFirst("#loyalty-tier-progress").text())
                .isEqualTo("You have qualified for Bronze: it applies from your next order.");
        assertThat(account.select("#loyalty-customer-tier p").eachText()).contains("No tier changes yet.");
    }

    private FormElement addForm() throws Exception {
        return admin.get("/loyalty-tiers/add").select("form.modal-add-entity-form").forms().get(0);
    }

    private FormElement editForm(String path) throws Exception {
        return admin.get(path).select("form.entity-form").forms().get(0);
    }

    private static Map<String, String> tier(String name, String points, String spend, String multiplier) {
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put(field("name"), name);
        fields.put(field("pointsThreshold"), points);
        fields.put(field("spendThreshold"), spend);
        fields.put(field("multiplier"), multiplier);
        fields.put(field("perks"), "A perk");
        return fields;
    }

    private static int count() throws SQLException {
        return Integer.parseInt(query("SELECT COUNT(*) FROM LOY_TIER", null));
    }

    private static String rowOf(String name) throws SQLException {
        return query("SELECT POINTS_THRESHOLD || ', ' || SPEND_THRESHOLD || ', ' || MULTIPLIER FROM LOY_TIER WHERE NAME = ?",
                name);
    }

    private static String query(String sql, String parameter) throws SQLException {
        try (java.sql.Connection connection = DriverManager.getConnection(server.jdbcUrl(), "sa", "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
