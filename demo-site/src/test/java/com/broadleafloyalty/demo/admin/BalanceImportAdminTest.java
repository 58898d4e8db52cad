package com.broadleafloyalty.demo.admin;

import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.account.service.CustomerAccountService;
import com.broadleafloyalty.demo.seed.DemoCustomers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Loyalty > Import balances in the real demo admin: a dry run, the import, the same file again, a bad file. */
class BalanceImportAdminTest {

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
    void shouldDryRunThenImportAnUploadedFileOnceAndListRefusedLines() throws Exception {
        String email = DemoCustomers.SHOPPERS[1][0];
        Long customerId = server.shop().siteContext().getBean("blLoyaltyCustomerAccountService",
                CustomerAccountService.class).customerIdForMailbox(email);
        LoyaltyPointsService points = server.shop().siteContext().getBean("blLoyaltyPointsService",
                LoyaltyPointsService.class);
        long before = points.getBalance(customerId);
        byte[] file = ("customer,points,expires_at,reason\n"
                + email + ",75,,Migrated from the old card " + System.nanoTime() + "\n"
                + "nobody@example.invalid,10,,Migrated\n").getBytes(StandardCharsets.UTF_8);

        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        Document page = admin.get("/loyalty-balance-import");
        Element link = page.selectFirst("a[href$=/admin/loyalty-balance-import]");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("Import balances");
        FormElement upload = (FormElement) page.selectFirst("form#loyalty-balance-import-upload");
        assertThat(upload.selectFirst("input[name=dryRun]").hasAttr("checked")).isTrue();

        Document dryRun = admin.upload(upload, Collections.<String, String>emptyMap(), "file",
                "balances.csv", file).parse();
        assertThat(dryRun.selectFirst(".loyalty-import-summary").text()).startsWith("Dry run: nothing was written");
        assertThat(dryRun.selectFirst(".loyalty-import-imported").text()).isEqualTo("1");
        assertThat(dryRun.selectFirst(".loyalty-import-points").text()).isEqualTo("75");
        assertThat(dryRun.selectFirst(".loyalty-import-line").text()).isEqualTo("3");
        assertThat(dryRun.selectFirst(".loyalty-import-code").text()).isEqualTo("unknown_customer");
        assertThat(dryRun.selectFirst(".loyalty-import-reason").text())
                .isEqualTo("No registered customer is 'nobody@example.invalid'.");
        assertThat(points.getBalance(customerId)).isEqualTo(before);

        Map<String, String> unticked = new HashMap<String, String>();
        unticked.put("dryRun", null);
        FormElement again = (FormElement) dryRun.selectFirst("form#loyalty-balance-import-upload");
        Document imported = admin.upload(again, unticked, "file", "balances.csv", file).parse();
        assertThat(imported.selectFirst(".loyalty-import-summary").text()).startsWith("Imported.");
        assertThat(imported.selectFirst(".loyalty-import-imported").text()).isEqualTo("1");
        assertThat(imported.select(".loyalty-import-refused-line")).hasSize(1);
        assertThat(points.getBalance(customerId)).isEqualTo(before + 75);

        Document twice = admin.upload(again, unticked, "file", "balances.csv", file).parse();
        assertThat(twice.selectFirst(".loyalty-import-imported").text()).isEqualTo("0");
        assertThat(twice.selectFirst(".loyalty-import-already").text()).isEqualTo("1");
        assertThat(points.getBalance(customerId)).isEqualTo(before + 75);

        Document bad = admin.upload(again, unticked, "file", "balances.csv",
                "customer,balance\n1,5\n".getBytes(StandardCharsets.UTF_8)).parse();
        assertThat(bad.selectFirst(".loyalty-refusal").text()).startsWith("The header names an unknown column");
        assertThat(bad.selectFirst(".loyalty-import-report")).isNull();
    }

    @Test
    void shouldRefuseAFileAboveTheAdminsUploadLimitWithASentenceNotAnErrorPage() throws Exception {
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        FormElement upload = (FormElement) admin.get("/loyalty-balance-import")
                .selectFirst("form#loyalty-balance-import-upload");
        byte[] big = new byte[10_500_000]; // above asset.server.max.uploadable.file.size (10,000,000 bytes)
        java.util.Arrays.fill(big, (byte) 'x');

        org.jsoup.Connection.Response answer = admin.upload(upload, Collections.<String, String>emptyMap(), "file",
                "balances.csv", big);

        assertThat(answer.statusCode()).isEqualTo(200);
        Document page = answer.parse();
        assertThat(page.selectFirst(".loyalty-refusal").text())
                .isEqualTo("The file is larger than the limit of 10 MB: split it into several files.");
        assertThat(page.selectFirst("form#loyalty-balance-import-upload")).isNotNull();
    }

    @Test
    void shouldRefuseAnUploadWithoutTheSessionsCsrfToken() throws Exception {
        String email = DemoCustomers.SHOPPERS[0][0];
        Long customerId = server.shop().siteContext().getBean("blLoyaltyCustomerAccountService",
                CustomerAccountService.class).customerIdForMailbox(email);
        LoyaltyPointsService points = server.shop().siteContext().getBean("blLoyaltyPointsService",
                LoyaltyPointsService.class);
        long before = points.getBalance(customerId);
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        FormElement upload = (FormElement) admin.get("/loyalty-balance-import")
                .selectFirst("form#loyalty-balance-import-upload");
        upload.attr("action", upload.absUrl("action").replaceAll("csrfToken=[^&]*", "csrfToken=forged"));
        Map<String, String> forged = new HashMap<String, String>();
        forged.put("csrfToken", "forged");
        forged.put("dryRun", null);
        int status = admin.upload(upload, forged, "file", "balances.csv",
                ("customer,points,reason\n" + email + ",5,Forged\n")
                        .getBytes(StandardCharsets.UTF_8)).statusCode();
        assertThat(status).isNotEqualTo(200);
        assertThat(points.getBalance(customerId)).isEqualTo(before);
    }
}
