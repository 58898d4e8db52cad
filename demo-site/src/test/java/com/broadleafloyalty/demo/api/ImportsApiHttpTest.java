package com.broadleafloyalty.demo.api;

import com.broadleafloyalty.api.service.ApiKeyService;
import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.demo.DemoShop;
import com.broadleafloyalty.demo.api.ApiClient.Answer;
import com.broadleafloyalty.demo.web.Shopper;
import com.broadleafloyalty.imports.service.BalanceImportServiceImpl;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.broadleafloyalty.demo.api.ApiClient.bearer;
import static com.broadleafloyalty.demo.api.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/loyalty/v1/imports} on the real demo shop: scopes, dry run, the same file twice, bad files. */
class ImportsApiHttpTest {

    private static final String CSV = "text/csv; charset=UTF-8";

    private static DemoShop shop;
    private static ApiClient api;
    private static ApiKeyService keys;

    @BeforeAll
    static void startShop() throws Exception {
        shop = DemoShop.start("127.0.0.1", 0, DemoDatabase.inMemory("imports"), false);
        api = new ApiClient(shop.baseUrl());
        keys = shop.siteContext().getBean("blLoyaltyApiKeyService", ApiKeyService.class);
    }

    @AfterAll
    static void stopShop() throws Exception {
        shop.close();
    }

    @Test
    void shouldImportOnlyWithAnAccountsWriteKey() throws Exception {
        String email = newShopper();
        String token = tokenOf(email);
        long customerId = customerIdOf(token);
        long before = balanceOf(customerId);
        String file = "customer,points,reason\n" + customerId + ",10,Migrated\n";
        assertThat(api.send("POST", "/imports", file, "Content-Type", CSV).status).isEqualTo(401);
        String reader = keys.create("Reader " + System.nanoTime(), "accounts:read", "test").getSecret();
        Answer withoutScope = api.send("POST", "/imports", file, bearer(reader, "Content-Type", CSV));
        assertThat(withoutScope.status).isEqualTo(403);
        assertThat(withoutScope.error()).isEqualTo("forbidden");
        Answer shopper = api.send("POST", "/imports", file, bearer(token, "Content-Type", CSV));
        assertThat(shopper.status).isEqualTo(403);
        assertThat(balanceOf(customerId)).isEqualTo(before);
    }

    @Test
    void shouldReportADryRunImportTheFileOnceAndReportRefusedLinesInTheCallersLanguage() throws Exception {
        String ann = newShopper();
        String bob = newShopper();
        long annId = customerIdOf(tokenOf(ann));
        long bobId = customerIdOf(tokenOf(bob));
        long annBefore = balanceOf(annId);
        long bobBefore = balanceOf(bobId);
        String file = "customer,points,expires_at,reason\n"
                + ann + ",300," + LocalDate.now().plusYears(1) + ",Migrated from the old programme\n"
                + bobId + ",45,,Migrated from the old programme\n"
                + "nobody-" + System.nanoTime() + "@example.com,10,,Migrated\n"
                + bobId + ",4.5,,Migrated\n";

        Answer dryRun = api.send("POST", "/imports?dryRun=true", file, bearer(DemoShop.API_KEY, "Content-Type", CSV));
        assertThat(dryRun.status).as(dryRun.toString()).isEqualTo(200);
        assertThat(dryRun.contentType).startsWith("application/json");
        JsonNode wouldDo = dryRun.json();
        assertThat(wouldDo.path("dryRun").asBoolean()).isTrue();
        assertThat(wouldDo.path("lines").asInt()).isEqualTo(4);
        assertThat(wouldDo.path("imported").asInt()).isEqualTo(2);
        assertThat(wouldDo.path("pointsImported").asLong()).isEqualTo(345);
        assertThat(wouldDo.path("refusedCount").asInt()).isEqualTo(2);
        assertThat(balanceOf(annId)).isEqualTo(annBefore);
        assertThat(balanceOf(bobId)).isEqualTo(bobBefore);

        Answer imported = api.send("POST", "/imports", file, bearer(DemoShop.API_KEY, "Content-Type", CSV,
                "Accept-Language", "ro"));
        assertThat(imported.status).as(imported.toString()).isEqualTo(200);
        JsonNode report = imported.json();
        assertThat(report.path("dryRun").asBoolean()).isFalse();
        assertThat(report.path("imported").asInt()).isEqualTo(2);
        assertThat(report.path("alreadyImported").asInt()).isZero();
        JsonNode unknown = report.path("refused").get(0);
        assertThat(unknown.path("line").asInt()).isEqualTo(4);
        assertThat(unknown.path("code").asText()).isEqualTo("unknown_customer");
        assertThat(unknown.path("message").asText()).startsWith("Nu există niciun client înregistrat");
        assertThat(report.path("refused").get(1).path("code").asText()).isEqualTo("bad_number");
        assertThat(balanceOf(annId)).isEqualTo(annBefore + 300);
        assertThat(balanceOf(bobId)).isEqualTo(bobBefore + 45);
        JsonNode annLedger = api.get("/customers/" + annId + "/ledger", bearer(DemoShop.API_KEY)).json();
        assertThat(annLedger.path("entries").get(0).path("type").asText()).isEqualTo("ADJUST");
        assertThat(annLedger.path("entries").get(0).path("points").asLong()).isEqualTo(300);

        JsonNode again = api.send("POST", "/imports", file, bearer(DemoShop.API_KEY, "Content-Type", CSV)).json();
        assertThat(again.path("imported").asInt()).isZero();
        assertThat(again.path("alreadyImported").asInt()).isEqualTo(2);
        assertThat(again.path("refused").get(0).path("message").asText()).startsWith("No registered customer");
        assertThat(balanceOf(annId)).isEqualTo(annBefore + 300);
        assertThat(balanceOf(bobId)).isEqualTo(bobBefore + 45);
    }

    @Test
    void shouldRefuseBadFilesWithJsonErrorsInTheCallersLanguageAndNever500() throws Exception {
        String email = newShopper();
        long customerId = customerIdOf(tokenOf(email));
        long before = balanceOf(customerId);

        Answer noReason = api.send("POST", "/imports", "customer,points\n" + customerId + ",10\n",
                bearer(DemoShop.API_KEY, "Content-Type", CSV, "Accept-Language", "pl"));
        assertThat(noReason.status).isEqualTo(400);
        assertThat(noReason.error()).isEqualTo("bad_request");
        assertThat(noReason.json().path("message").asText()).startsWith("W nagłówku brakuje kolumny 'reason'");

        Answer broken = api.send("POST", "/imports", "customer,points,reason\n" + customerId + ",10,\"open\n",
                bearer(DemoShop.API_KEY, "Content-Type", CSV, "Accept-Language", "es"));
        assertThat(broken.status).isEqualTo(400);
        assertThat(broken.json().path("message").asText()).startsWith("El archivo no es un CSV válido");

        assertThat(api.send("POST", "/imports", "", bearer(DemoShop.API_KEY, "Content-Type", CSV)).error())
                .isEqualTo("bad_request");
        Answer json = api.post("/imports", body("customer", customerId), bearer(DemoShop.API_KEY));
        assertThat(json.status).isEqualTo(415);
        assertThat(json.json().path("message").asText()).contains("text/csv");
        assertThat(api.send("POST", "/imports?dryRun=perhaps", "customer,points,reason\n",
                bearer(DemoShop.API_KEY, "Content-Type", CSV)).status).isEqualTo(400);

        BalanceImportServiceImpl imports = shop.siteContext().getBean("blLoyaltyBalanceImportService",
                BalanceImportServiceImpl.class);
        int limit = imports.getMaxFileBytes();
        imports.setMaxFileBytes(2 * 1024 * 1024);
        try {
            StringBuilder large = new StringBuilder("customer,points,reason\n");
            while (large.length() <= 2 * 1024 * 1024) {
                large.append(customerId).append(",1,Far too many lines for the limit\n");
            }
            Answer tooLarge = api.send("POST", "/imports", large.toString(),
                    bearer(DemoShop.API_KEY, "Content-Type", CSV));
            assertThat(tooLarge.status).isEqualTo(413);
            assertThat(tooLarge.error()).isEqualTo("payload_too_large");
            assertThat(tooLarge.json().path("message").asText()).contains("2 MB");
        } finally {
            imports.setMaxFileBytes(limit);
        }
        assertThat(balanceOf(customerId)).isEqualTo(before);
    }

    private static String newShopper() throws Exception {
        String email = "import-" + System.nanoTime() + "@example.com";
        new Shopper(shop.baseUrl()).register(email, "secret123");
        return email;
    }

    private static String tokenOf(String email) throws Exception {
        Answer token = api.post("/auth/token", body("email", email, "password", "secret123"));
        assertThat(token.status).as(token.toString()).isEqualTo(201);
        return token.json().path("token").asText();
    }

    private static long customerIdOf(String token) throws Exception {
        return api.get("/me", bearer(token)).json().path("customerId").asLong();
    }

    private static long balanceOf(long customerId) throws Exception {
        Answer account = api.get("/customers/" + customerId + "/account", bearer(DemoShop.API_KEY));
        assertThat(account.status).as(account.toString()).isEqualTo(200);
        return account.json().path("balance").asLong();
    }
}
