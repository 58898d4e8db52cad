package com.broadleafloyalty.demo.admin;

import static org.assertj.core.api.Assertions.assertThat;

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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Drives the real demo admin over HTTP, as admin/admin, through the Loyalty > Reward catalog section. */
class RewardCatalogAdminTest {

    private static AdminTestServer server;
    private static RewardItemTable table;
    private AdminBrowser admin;

    @BeforeAll
    static void startAdmin() throws Exception {
        server = AdminTestServer.start();
        table = new RewardItemTable(server.jdbcUrl());
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
    void shouldShowTheLoyaltyMenuWithTheRewardCatalog() throws Exception {
        Document home = admin.get("/loyalty-rewards");

        Element catalogLink = home.selectFirst("a[href$=/admin/loyalty-rewards]");
        assertThat(catalogLink).isNotNull();
        assertThat(catalogLink.text()).isEqualTo("Reward catalog");
        assertThat(home.select("h5").eachText()).contains("Loyalty");
        assertThat(home.select("#listGrid-main th .listgrid-title").stream().map(Element::ownText))
                .containsExactly("Name", "Points cost", "Reward type", "Active", "Stock");
    }

    @Test
    void shouldSendVisitorsToTheLoginPageAndRefuseAWrongPassword() throws Exception {
        AdminBrowser visitor = AdminBrowser.open(server.adminUrl());

        assertThat(visitor.get("/loyalty-rewards").select("input[name=j_username]")).hasSize(1);
        Connection.Response refused = visitor.signIn("admin", "wrong");
        assertThat(refused.url().toString()).endsWith("/admin/login?login_error=true");
        assertThat(visitor.get("/loyalty-rewards").select("#listGrid-main")).isEmpty();
    }

    @Test
    void shouldCreateListSearchEditAndDeleteARewardItem() throws Exception {
        int before = table.count();

        Map<String, String> mug = item("Coffee mug", "750", "GIFT");
        mug.put(field("product"), "3");
        Connection.Response created = admin.submit(addForm(), mug);
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.url().getPath()).matches("/admin/loyalty-rewards/-?\\d+");
        assertThat(table.count()).isEqualTo(before + 1);
        assertThat(table.rowOf("Coffee mug")).isEqualTo("750, GIFT, TRUE, unlimited");
        assertThat(listedNames("")).contains("Coffee mug");
        assertThat(listedNames("?name=Coffee")).containsExactly("Coffee mug");
        assertThat(listedNames("?name=Umbrella")).isEmpty();

        String itemPath = pathOf(created);
        Map<String, String> changes = new LinkedHashMap<String, String>();
        changes.put(field("pointsCost"), "900");
        changes.put(field("stock"), "25");
        Connection.Response edited = admin.submit(editForm(itemPath), changes);
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(table.rowOf("Coffee mug")).isEqualTo("900, GIFT, TRUE, 25");
        assertThat(editForm(itemPath).selectFirst("input[name=" + quoted(field("pointsCost")) + "]").val()).isEqualTo("900");

        FormElement form = editForm(itemPath);
        Connection.Response deleted = admin.submitTo(form.absUrl("action") + "/delete", form,
                Collections.<String, String>emptyMap());
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(table.count()).isEqualTo(before);
        assertThat(listedNames("")).doesNotContain("Coffee mug");
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource({
            "name, '', Name: This field is required",
            "name, '   ', Name: This field is required",
            "pointsCost, '', Points cost: This field is required",
            "pointsCost, abc, The points cost must be a whole number greater than 0.",
            "pointsCost, 0, Points cost: The points cost must be a whole number greater than 0.",
            "pointsCost, -5, Points cost: The points cost must be a whole number greater than 0.",
            "rewardType, '', Reward type: This field is required",
            "rewardType, CASHBACK, 'Reward type: Unknown reward type: choose fixed discount, percent discount, free shipping, free product or gift.'",
            "stock, -1, 'Stock: The stock must be a whole number of 0 or more, or left empty for unlimited stock.'",
            "rewardValue, '', 'Value: A discount reward needs a value: the amount off, or the percent off.'",
            "rewardValue, 0, 'Value: The value must be a number greater than 0.'"})
    void shouldRefuseAnInvalidRewardItemWithAClearMessageAndSaveNothing(String property, String value, String message)
            throws Exception {
        int before = table.count();
        Map<String, String> fields = item("Invalid " + property + " " + value, "100", "FIXED_DISCOUNT");
        fields.put(field(property), value);

        Connection.Response refused = admin.submit(addForm(), fields);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.parse().select(".errors .fieldError").text()).contains(message);
        assertThat(table.count()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAnInvalidEditAndKeepTheSavedItem() throws Exception {
        String itemPath = pathOf(admin.submit(addForm(), item("Free delivery", "300", "FREE_SHIPPING")));

        Connection.Response refused = admin.submit(editForm(itemPath), Collections.singletonMap(field("pointsCost"), "-5"));

        assertThat(refused.parse().select(".errors .fieldError").text())
                .contains("Points cost: The points cost must be a whole number greater than 0.");
        assertThat(table.rowOf("Free delivery")).isEqualTo("300, FREE_SHIPPING, TRUE, unlimited");
    }

    @Test
    void shouldRefuseAGiftWithoutItsProduct() throws Exception {
        int before = table.count();

        Connection.Response refused = admin.submit(addForm(), item("Gift without product", "200", "GIFT"));

        assertThat(refused.parse().select(".errors .fieldError").text())
                .contains("Product: A free product or gift reward needs the product the shopper gets.");
        assertThat(table.count()).isEqualTo(before);
    }

    private FormElement addForm() throws Exception {
        return admin.get("/loyalty-rewards/add").select("form.modal-add-entity-form").forms().get(0);
    }

    private FormElement editForm(String itemPath) throws Exception {
        return admin.get(itemPath).select("form.entity-form").forms().get(0);
    }

    /** The item's admin path (without the context path) that a successful add redirects to. */
    private static String pathOf(Connection.Response created) {
        return created.url().getPath().substring("/admin".length());
    }

    private List<String> listedNames(String query) throws Exception {
        return admin.get("/loyalty-rewards" + query).select("#listGrid-main tr[data-rowid] td[data-fieldname=name]").eachText();
    }

    static Map<String, String> item(String name, String pointsCost, String rewardType) {
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put(field("name"), name);
        fields.put(field("description"), "A demo reward");
        fields.put(field("pointsCost"), pointsCost);
        fields.put(field("rewardType"), rewardType);
        fields.put(field("active"), "true");
        fields.put(field("stock"), "");
        fields.put(field("rewardValue"), "FIXED_DISCOUNT".equals(rewardType) ? "5" : "");
        return fields;
    }

    /** Broadleaf's entity forms name each input fields['property'].value. */
    static String field(String property) {
        return "fields['" + property + "'].value";
    }

    static String quoted(String name) {
        return "\"" + name + "\"";
    }
}
