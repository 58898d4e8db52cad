package com.broadleafloyalty.demo.admin;

import com.broadleafloyalty.demo.seed.DemoCustomers;
import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Least privilege and the audit log in the real demo admin (issue 18, item 6): the customer-service user (service /
 * service) reads loyalty accounts, ledgers, orders and the dashboard, and is refused every change with the translated
 * 403 page while nothing changes; the full admin (admin / admin) changes, and each change is an audit row with its
 * admin, before/after and client address, shown on Loyalty > Audit log and in its CSV export with the filter applied.
 */
class AdminRolesAndAuditTest {

    private static final String DEMO_SHOPPER = DemoCustomers.SHOPPERS[0][0];

    private static AdminTestServer server;

    @BeforeAll
    static void startAdmin() throws Exception {
        server = AdminTestServer.start();
    }

    @AfterAll
    static void stopAdmin() throws Exception {
        server.close();
    }

    @Test
    void shouldLetTheServiceUserReadAccountsLedgersOrdersAndTheDashboard() throws Exception {
        AdminBrowser service = AdminBrowser.signIn(server.adminUrl(), "service", "service");

        Document account = openAccount(service, DEMO_SHOPPER);

        assertThat(account.selectFirst("#loyalty-account-of").text()).isEqualTo("Loyalty account of " + DEMO_SHOPPER);
        assertThat(account.select("#loyalty-ledger tbody tr")).isNotEmpty();
        assertThat(account.select("form#loyalty-adjust, form.loyalty-cancel-order, form.loyalty-return")).isEmpty();
        assertThat(account.selectFirst(".loyalty-view-only").text()).startsWith("You may view this account.");
        for (String path : new String[] {"/loyalty-dashboard", "/loyalty-feedback", "/loyalty-rewards",
            "/loyalty-tiers", "/loyalty-vip-offers"}) {
            Connection.Response page = service.fetch(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.parse().select(".loyalty-access-denied")).as(path).isEmpty();
        }
        Document menu = service.get("/loyalty-customers");
        assertThat(menu.select("a[href$=/admin/loyalty-customers]")).isNotEmpty();
        assertThat(menu.select("a[href$=/admin/loyalty-api-keys], a[href$=/admin/loyalty-webhooks], "
                + "a[href$=/admin/loyalty-audit]")).as("sections outside the role are not in the menu").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/loyalty-api-keys", "/loyalty-webhooks", "/loyalty-audit",
        "/loyalty-audit/export.csv", "/loyalty-approvals"})
    void shouldShowTheServiceUserTheNoAccessPageOutsideTheirRole(String path) throws Exception {
        AdminBrowser service = AdminBrowser.signIn(server.adminUrl(), "service", "service");

        Connection.Response refused = service.fetch(path);

        assertThat(refused.statusCode()).isEqualTo(403);
        Element page = refused.parse().selectFirst(".loyalty-access-denied");
        assertThat(page.attr("data-reason")).isEqualTo("section");
        assertThat(page.selectFirst(".loyalty-refusal").text())
                .isEqualTo("Your admin role does not include this section. Ask the shop's administrator if you need it.");
    }

    @Test
    void shouldRefuseEveryChangeOfTheServiceUserAndChangeNothing() throws Exception {
        String email = "service-" + System.nanoTime() + "@example.com";
        StorefrontShopper.registerAndOrder(server.siteUrl(), email);
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        Document asAdmin = openAccount(admin, email);
        long balance = balance(asAdmin);
        String customerPath = asAdmin.location().substring(asAdmin.location().indexOf("/loyalty-customers"));
        String orderId = asAdmin.selectFirst(".loyalty-placed-order form.loyalty-cancel-order").attr("action")
                .replaceAll(".*/orders/(\\d+)/cancel", "$1");
        AdminBrowser service = AdminBrowser.open(server.adminUrl());
        String token = service.get("/login").selectFirst("input[name=csrfToken]").val();
        service.signIn("service", "service");

        Map<String, Map<String, String>> changes = new LinkedHashMap<String, Map<String, String>>();
        changes.put(customerPath + "/adjust", fields(token, "points", "500", "reason", "Friend of mine"));
        changes.put(customerPath + "/orders/" + orderId + "/cancel", fields(token));
        changes.put(customerPath + "/orders/" + orderId + "/return", fields(token, "returnReference", "RMA-S1"));
        changes.put(customerPath + "/privacy/erase", fields(token, "confirm", "yes"));
        changes.put("/loyalty-tiers/add", fields(token, "name", "Service tier"));
        changes.put("/loyalty-rewards/add", fields(token, "name", "Service reward"));
        changes.put("/loyalty-vip-offers/add", fields(token));
        changes.put("/loyalty-personal-codes/issue", fields(token, "offerId", "1", "segment", "CHAMPIONS"));
        for (Map.Entry<String, Map<String, String>> change : changes.entrySet()) {
            Connection.Response refused = service.post(change.getKey(), change.getValue());
            assertThat(refused.statusCode()).as(change.getKey()).isEqualTo(403);
            Element page = refused.parse().selectFirst(".loyalty-access-denied");
            assertThat(page).as(change.getKey()).isNotNull();
            assertThat(page.attr("data-reason")).as(change.getKey()).isEqualTo("change");
            assertThat(page.selectFirst(".loyalty-refusal").text()).as(change.getKey())
                    .isEqualTo("Your admin role may view this section but not change it. Nothing was saved.");
        }
        Connection.Response keys = service.post("/loyalty-api-keys/create", fields(token, "name", "Mine"));
        assertThat(keys.statusCode()).isEqualTo(403);
        assertThat(keys.parse().selectFirst(".loyalty-access-denied").attr("data-reason")).isEqualTo("section");

        Document after = openAccount(admin, email);
        assertThat(balance(after)).isEqualTo(balance);
        assertThat(after.selectFirst(".loyalty-placed-order .loyalty-order-status").attr("data-status"))
                .isNotEqualTo("CANCELLED");
        assertThat(auditRowsFor(admin, "Customer " + customerId(after))).isEmpty();
        assertThat(auditRowsFor(admin, "Order " + orderId)).isEmpty();
    }

    @Test
    void shouldAuditTheFullAdminsAdjustmentCancellationAndReturnWithBeforeAndAfter() throws Exception {
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        String adjustedEmail = "audited-" + System.nanoTime() + "@example.com";
        StorefrontShopper.registerAndOrder(server.siteUrl(), adjustedEmail);
        Document account = openAccount(admin, adjustedEmail);
        long before = balance(account);
        String customer = "Customer " + customerId(account);

        Map<String, String> adjustment = new LinkedHashMap<String, String>();
        adjustment.put("points", "75");
        adjustment.put("reason", "Goodwill; =SUM(A1)");
        Document adjusted = admin.submit(account.select("form#loyalty-adjust").forms().get(0), adjustment).parse();
        assertThat(balance(adjusted)).isEqualTo(before + 75);
        Element order = adjusted.selectFirst(".loyalty-placed-order");
        FormElement returnForm = order.select("form.loyalty-return").forms().get(0);
        Map<String, String> returned = new LinkedHashMap<String, String>();
        returned.put(returnForm.selectFirst("input[name^=quantity-]").attr("name"), "1");
        returned.put("returnReference", "RMA-A1");
        admin.submit(returnForm, returned);
        FormElement cancel = openAccount(admin, adjustedEmail).selectFirst(".loyalty-placed-order")
                .select("form.loyalty-cancel-order").forms().get(0);
        admin.submit(cancel, Collections.<String, String>emptyMap());
        String orderEntity = "Order " + cancel.attr("action").replaceAll(".*/orders/(\\d+)/cancel", "$1");

        List<Element> adjustments = auditRowsFor(admin, customer);
        assertThat(adjustments).hasSize(1);
        Element row = adjustments.get(0);
        assertThat(row.attr("data-kind")).isEqualTo("POINTS_ADJUSTED");
        assertThat(row.selectFirst(".loyalty-audit-admin").text()).isEqualTo("admin");
        assertThat(row.selectFirst(".loyalty-audit-kind").text()).isEqualTo("Points adjusted");
        assertThat(row.selectFirst(".loyalty-audit-before").text()).isEqualTo("balance=" + before);
        assertThat(row.selectFirst(".loyalty-audit-after").text())
                .startsWith("balance=" + (before + 75) + "; points=75; reason=Goodwill\\; =SUM(A1); ledgerEntry=");
        assertThat(row.selectFirst(".loyalty-audit-address").text()).isEqualTo("127.0.0.1");
        assertThat(row.selectFirst(".loyalty-audit-date").text()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        List<Element> orderRows = auditRowsFor(admin, orderEntity);
        assertThat(orderRows).extracting(e -> e.attr("data-kind")).containsExactly("ORDER_CANCELLED", "RETURN_RECORDED");
        assertThat(orderRows.get(0).selectFirst(".loyalty-audit-after").text()).startsWith("status=CANCELLED");
        assertThat(orderRows.get(1).selectFirst(".loyalty-audit-after").text())
                .startsWith("returnReference=RMA-A1; quantities=");
    }

    @Test
    void shouldAuditATierAddedEditedAndDeletedWithOnlyTheChangedFields() throws Exception {
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        String name = "Audited " + System.nanoTime() % 100000;
        Map<String, String> tier = new LinkedHashMap<String, String>();
        tier.put(field("name"), name);
        tier.put(field("pointsThreshold"), "77777");
        tier.put(field("spendThreshold"), "777777");
        tier.put(field("multiplier"), "3");
        tier.put(field("perks"), "A perk");

        Connection.Response created = admin.submit(admin.get("/loyalty-tiers/add")
                .select("form.modal-add-entity-form").forms().get(0), tier);
        assertThat(created.url().getPath()).matches("/admin/loyalty-tiers/-?\\d+");
        String path = created.url().getPath().substring("/admin".length());
        String entity = "Tier " + path.substring(path.lastIndexOf('/') + 1);
        admin.submit(admin.get(path).select("form.entity-form").forms().get(0),
                Collections.singletonMap(field("multiplier"), "2.5"));
        FormElement edit = admin.get(path).select("form.entity-form").forms().get(0);
        admin.submitTo(edit.absUrl("action") + "/delete", edit, Collections.<String, String>emptyMap());

        List<Element> rows = auditRowsFor(admin, entity);
        assertThat(rows).extracting(e -> e.attr("data-kind")).containsOnly("TIER_CHANGED").hasSize(3);
        Element deleted = rows.get(0);
        Element edited = rows.get(1);
        Element added = rows.get(2);
        assertThat(added.selectFirst(".loyalty-audit-before").text()).isEmpty();
        assertThat(added.selectFirst(".loyalty-audit-after").text()).contains("name=" + name)
                .contains("pointsThreshold=77777").contains("multiplier=3");
        assertThat(edited.selectFirst(".loyalty-audit-before").text()).isEqualTo("multiplier=3");
        assertThat(edited.selectFirst(".loyalty-audit-after").text()).isEqualTo("multiplier=2.5");
        assertThat(deleted.selectFirst(".loyalty-audit-before").text()).contains("name=" + name);
        assertThat(deleted.selectFirst(".loyalty-audit-after").text()).isEqualTo("deleted=true");
        assertThat(deleted.selectFirst(".loyalty-audit-kind").text()).isEqualTo("Tier changed");
    }

    @Test
    void shouldAuditAnApiKeyCreatedAndRevokedWithoutItsSecret() throws Exception {
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        String name = "Audited key " + System.nanoTime();
        Map<String, String> key = new LinkedHashMap<String, String>();
        key.put("name", name);
        key.put("scopes", "rewards:read");
        Document issued = org.jsoup.Jsoup.parse(admin.submit((FormElement) admin.get("/loyalty-api-keys")
                .selectFirst("form#loyalty-api-key-create"), key).body());
        String secret = issued.selectFirst(".loyalty-api-key-secret").text();
        Element row = admin.get("/loyalty-api-keys").select("tr.loyalty-api-key").stream()
                .filter(r -> name.equals(r.selectFirst(".loyalty-api-key-name").text())).findFirst()
                .orElseThrow(AssertionError::new);
        FormElement revoke = (FormElement) row.selectFirst("form.loyalty-api-key-revoke");
        admin.submit(revoke, Collections.<String, String>emptyMap());
        String entity = "ApiKey " + revoke.attr("action").replaceAll(".*/(\\d+)/revoke", "$1");

        Document log = admin.get("/loyalty-audit?kind=API_KEY_CREATED");
        List<Element> rows = auditRowsFor(admin, entity);

        assertThat(rows).extracting(e -> e.attr("data-kind")).containsExactly("API_KEY_REVOKED", "API_KEY_CREATED");
        assertThat(rows.get(1).selectFirst(".loyalty-audit-after").text())
                .isEqualTo("name=" + name + "; scopes=rewards:read; prefix=" + secret.substring(0, 10));
        assertThat(rows.get(0).selectFirst(".loyalty-audit-before").text()).isEqualTo("name=" + name + "; revoked=false");
        assertThat(log.select("#loyalty-audit-entries tbody tr").eachAttr("data-kind")).containsOnly("API_KEY_CREATED");
        assertThat(admin.get("/loyalty-audit").outerHtml()).doesNotContain(secret);
    }

    @Test
    void shouldHoldALargeAdjustmentForASecondAdminWhoPostsItOnce() throws Exception {
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        AdminBrowser manager = AdminBrowser.signIn(server.adminUrl(), "manager", "manager");
        String approvedEmail = "approved-" + System.nanoTime() + "@example.com";
        String rejectedEmail = "rejected-" + System.nanoTime() + "@example.com";
        StorefrontShopper.registerAndOrder(server.siteUrl(), approvedEmail);
        StorefrontShopper.registerAndOrder(server.siteUrl(), rejectedEmail);
        Document account = openAccount(admin, approvedEmail);
        long before = balance(account);

        Document held = requestAdjustment(admin, account, "6000", "Lost parcel, big order");

        assertThat(held.selectFirst(".loyalty-notice").text()).isEqualTo("The adjustment by +6000 points is above the "
                + "approval threshold of 5,000: it waits for another admin's approval and the balance is unchanged.");
        assertThat(balance(held)).isEqualTo(before);
        assertThat(held.select("#loyalty-pending-adjustments .loyalty-pending-adjustment").eachText())
                .containsExactly("6,000 points (\"Lost parcel, big order\"), requested by admin");
        String requestId = held.selectFirst(".loyalty-pending-adjustment").attr("data-request");
        requestAdjustment(admin, openAccount(admin, rejectedEmail), "-7000", "Oops");
        Document refusedNegative = openAccount(admin, rejectedEmail);
        assertThat(refusedNegative.select(".loyalty-pending-adjustment")).isEmpty();
        String rejectedRequest = requestAdjustment(admin, refusedNegative, "7000", "Too generous")
                .selectFirst(".loyalty-pending-adjustment").attr("data-request");

        Document own = admin.submit(approveForm(admin, requestId), Collections.<String, String>emptyMap()).parse();
        assertThat(own.selectFirst(".loyalty-refusal").text())
                .isEqualTo("You requested this adjustment: another admin must approve or reject it.");
        assertThat(balance(openAccount(admin, approvedEmail))).isEqualTo(before);

        FormElement approve = approveForm(manager, requestId);
        Document approved = manager.submit(approve, Collections.<String, String>emptyMap()).parse();
        Document twice = manager.submit(approve, Collections.<String, String>emptyMap()).parse();
        Document rejected = manager.submit(manager.get("/loyalty-approvals")
                .selectFirst("tr[data-request=" + rejectedRequest + "]").select("form.loyalty-reject").forms().get(0),
                Collections.<String, String>emptyMap()).parse();

        assertThat(approved.selectFirst(".loyalty-notice").text())
                .isEqualTo("Request " + requestId + " approved: 6,000 points posted.");
        assertThat(twice.selectFirst(".loyalty-refusal").text())
                .isEqualTo("This adjustment was already approved or rejected; nothing changed.");
        assertThat(rejected.selectFirst(".loyalty-notice").text())
                .isEqualTo("Request " + rejectedRequest + " rejected: nothing was posted.");
        Document after = openAccount(admin, approvedEmail);
        assertThat(balance(after)).isEqualTo(before + 6000);
        assertThat(after.select(".loyalty-pending-adjustment")).isEmpty();
        assertThat(after.selectFirst("#loyalty-ledger tbody tr .loyalty-points").text()).isEqualTo("6000");
        Document rejectedAccount = openAccount(admin, rejectedEmail);
        assertThat(balance(rejectedAccount)).isEqualTo(balance(refusedNegative));
        assertThat(auditRowsFor(admin, "Customer " + customerId(after))).extracting(e -> e.attr("data-kind"))
                .containsExactly("ADJUSTMENT_APPROVED", "POINTS_ADJUSTED", "ADJUSTMENT_REQUESTED");
        assertThat(auditRowsFor(admin, "Customer " + customerId(rejectedAccount)))
                .extracting(e -> e.attr("data-kind") + " " + e.selectFirst(".loyalty-audit-admin").text())
                .containsExactly("ADJUSTMENT_REJECTED manager", "ADJUSTMENT_REQUESTED admin");
    }

    private static Document requestAdjustment(AdminBrowser admin, Document account, String points, String reason)
            throws IOException {
        Map<String, String> adjustment = new LinkedHashMap<String, String>();
        adjustment.put("points", points);
        adjustment.put("reason", reason);
        return admin.submit(account.select("form#loyalty-adjust").forms().get(0), adjustment).parse();
    }

    private static FormElement approveForm(AdminBrowser browser, String requestId) throws IOException {
        Element row = browser.get("/loyalty-approvals").selectFirst("tr[data-request=" + requestId + "]");
        assertThat(row).as("request " + requestId + " on the approvals page").isNotNull();
        return row.select("form.loyalty-approve").forms().get(0);
    }

    @Test
    void shouldExportTheFilteredLogAsCsv() throws Exception {
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        Document account = openAccount(admin, DemoCustomers.SHOPPERS[1][0]);
        String customer = customerId(account);
        Map<String, String> adjustment = new LinkedHashMap<String, String>();
        adjustment.put("points", "5");
        adjustment.put("reason", "=cmd|' /C calc'!A0");
        admin.submit(account.select("form#loyalty-adjust").forms().get(0), adjustment);

        Connection.Response csv = admin.fetch("/loyalty-audit/export.csv?admin=ADMIN&kind=POINTS_ADJUSTED");
        Connection.Response none = admin.fetch("/loyalty-audit/export.csv?kind=API_KEY_REVOKED");
        Connection.Response bad = admin.fetch("/loyalty-audit/export.csv?from=yesterday");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String text = new String(csv.bodyAsBytes(), StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFDate (UTC),Admin user,Change code,Change,What,Id,Before,After,Client address");
        List<String> mine = java.util.Arrays.stream(lines).filter(l -> l.contains(",Customer," + customer + ","))
                .collect(Collectors.toList());
        assertThat(mine).as(text).hasSize(1);
        assertThat(mine.get(0)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},admin,POINTS_ADJUSTED,"
                + "Points adjusted,Customer," + customer + ",balance=\\d+,"
                + "balance=\\d+; points=5; reason==cmd\\|' /C calc'!A0; ledgerEntry=\\d+,127.0.0.1");
        assertThat(java.util.Arrays.stream(lines).skip(1)).allMatch(l -> l.contains(",admin,POINTS_ADJUSTED,"));
        assertThat(new String(none.bodyAsBytes(), StandardCharsets.UTF_8).split("\r\n")).hasSize(1);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(new String(bad.bodyAsBytes(), StandardCharsets.UTF_8)).isEqualTo("\"yesterday\" is not a date (yyyy-mm-dd).");
    }

    @Test
    void shouldFilterAndPageTheAuditLogAndExplainABadFilter() throws Exception {
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");

        Document refused = admin.get("/loyalty-audit?from=2026-02-30");
        Document page = admin.get("/loyalty-audit?admin=nobody-" + System.nanoTime());

        assertThat(refused.selectFirst(".loyalty-refusal").text()).isEqualTo("\"2026-02-30\" is not a date (yyyy-mm-dd).");
        assertThat(page.selectFirst(".loyalty-audit-none").text()).isEqualTo("No change matches this filter.");
        assertThat(page.selectFirst(".loyalty-audit-page").text()).isEqualTo("Page 1 of 1 (0 changes)");
        assertThat(page.select("#loyalty-audit-kind option"))
                .hasSize(com.broadleafloyalty.audit.core.AuditKind.values().length + 1);
        assertThat(admin.get("/loyalty-audit").selectFirst("a[href$=/admin/loyalty-audit]").text()).isEqualTo("Audit log");
    }

    /** The audit rows of one entity ("Customer 12", "Order 3"), newest first, from the first page of the log. */
    private static List<Element> auditRowsFor(AdminBrowser admin, String entity) throws IOException {
        return admin.get("/loyalty-audit").select("#loyalty-audit-entries tbody tr").stream()
                .filter(row -> row.selectFirst(".loyalty-audit-entity").text().equals(entity))
                .collect(Collectors.toList());
    }

    private static Document openAccount(AdminBrowser browser, String email) throws IOException {
        Element link = browser.get("/loyalty-customers?q=" + email)
                .selectFirst("#loyalty-customers a:containsOwn(" + email + ")");
        assertThat(link).as("search result for " + email).isNotNull();
        return browser.get(link.attr("href").substring(link.attr("href").indexOf("/loyalty-customers")));
    }

    private static String customerId(Document account) {
        return account.location().replaceAll(".*/loyalty-customers/(\\d+).*", "$1");
    }

    private static long balance(Document account) {
        return Long.parseLong(account.selectFirst("#loyalty-balance").text());
    }

    private static String field(String property) {
        return "fields['" + property + "'].value";
    }

    private static Map<String, String> fields(String token, String... pairs) {
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put("csrfToken", token);
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }
}
