package com.broadleafloyalty.demo.api;

import com.broadleafloyalty.api.service.ApiKeyService;
import com.broadleafloyalty.api.service.ApiRateLimiter;
import com.broadleafloyalty.api.web.ApiAccess;
import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.demo.DemoShop;
import com.broadleafloyalty.demo.api.ApiClient.Answer;
import com.broadleafloyalty.demo.web.Shopper;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jsoup.Connection;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static com.broadleafloyalty.demo.api.ApiClient.bearer;
import static com.broadleafloyalty.demo.api.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint of the loyalty REST API on the real demo shop, with each error status it answers. */
class LoyaltyApiHttpTest {

    private static DemoShop shop;
    private static ApiClient api;
    private static ApiKeyService keys;

    @BeforeAll
    static void startShop() throws Exception {
        shop = DemoShop.start("127.0.0.1", 0, DemoDatabase.inMemory("api"), false);
        api = new ApiClient(shop.baseUrl());
        keys = shop.siteContext().getBean("blLoyaltyApiKeyService", ApiKeyService.class);
    }

    @AfterAll
    static void stopShop() throws Exception {
        shop.close();
    }

    private static String newShopper() throws Exception {
        String email = "api-" + System.nanoTime() + "@example.com";
        new Shopper(shop.baseUrl()).register(email, "secret123");
        return email;
    }

    private static String tokenOf(String email) throws Exception {
        Answer token = api.post("/auth/token", body("email", email, "password", "secret123"));
        assertThat(token.status).as(token.toString()).isEqualTo(201);
        assertThat(token.json().path("tokenType").asText()).isEqualTo("Bearer");
        return token.json().path("token").asText();
    }

    private static long customerIdOf(String token) throws Exception {
        return api.get("/me", bearer(token)).json().path("customerId").asLong();
    }

    @Test
    void shouldRefuseACallWithoutOrWithABadKeyAs401() throws Exception {
        Answer none = api.get("/customers/1/account");
        assertThat(none.status).isEqualTo(401);
        assertThat(none.error()).isEqualTo("unauthorized");
        assertThat(none.json().path("message").asText()).contains("Bearer");
        assertThat(none.contentType).startsWith("application/json");
        assertThat(none.authenticate).isEqualTo("Bearer");
        assertThat(api.get("/customers/1/account", bearer("lk_not-a-key-of-this-shop-000000000000")).status)
                .isEqualTo(401);
        assertThat(api.get("/customers/1/account", "Authorization", "Basic YWRtaW46YWRtaW4=").status).isEqualTo(401);
        assertThat(api.post("/auth/token", body("email", "demo@example.com", "password", "wrong")).status)
                .isEqualTo(401);
    }

    @Test
    void shouldGiveTheShopperItsOwnAccountLedgerAndRewardsButNoOneElses() throws Exception {
        String token = tokenOf(newShopper());
        Answer me = api.get("/me", bearer(token));
        assertThat(me.status).as(me.toString()).isEqualTo(200);
        long signUpBonus = me.json().path("balance").asLong();
        assertThat(me.json().path("referralCode").asText()).isNotEmpty();
        assertThat(me.json().has("csrfToken")).isFalse();
        long customerId = me.json().path("customerId").asLong();

        api.post("/customers/" + customerId + "/adjustments", body("points", 120, "reason", "Welcome gift"),
                bearer(DemoShop.API_KEY));
        JsonNode ledger = api.get("/me/ledger?page=0&size=5", bearer(token)).json();
        assertThat(ledger.path("totalEntries").asInt()).isEqualTo(signUpBonus > 0 ? 2 : 1);
        assertThat(ledger.path("entries").get(0).path("type").asText()).isEqualTo("ADJUST");
        assertThat(ledger.path("entries").get(0).path("points").asLong()).isEqualTo(120);
        assertThat(api.get("/me/ledger?size=1000", bearer(token)).status).isEqualTo(400);
        assertThat(api.get("/me/ledger?page=x", bearer(token)).error()).isEqualTo("bad_request");

        JsonNode rewards = api.get("/me/rewards", bearer(token)).json();
        long available = signUpBonus + 120;
        assertThat(rewards.path("available").asLong()).isEqualTo(available);
        JsonNode catalog = api.get("/rewards", bearer(DemoShop.API_KEY)).json().path("rewards");
        int affordable = 0;
        for (JsonNode reward : catalog) {
            affordable += reward.path("pointsCost").asLong() <= available ? 1 : 0;
        }
        assertThat(rewards.path("rewards").size()).isEqualTo(affordable).isLessThan(catalog.size());
        for (JsonNode reward : rewards.path("rewards")) {
            assertThat(reward.path("pointsCost").asLong()).isLessThanOrEqualTo(available);
        }

        long other = customerIdOf(tokenOf(newShopper()));
        Answer foreign = api.get("/customers/" + other + "/account", bearer(token));
        assertThat(foreign.status).isEqualTo(403);
        assertThat(foreign.error()).isEqualTo("forbidden");
        assertThat(api.get("/customers/" + other + "/ledger", bearer(token)).status).isEqualTo(403);
        assertThat(api.get("/me", bearer(DemoShop.API_KEY)).status).isEqualTo(403);
        assertThat(api.get("/me").status).isEqualTo(401);
        assertThat(api.get("/me", bearer("ls_expired-or-unknown-token-0000000000000")).status).isEqualTo(401);
    }

    @Test
    void shouldLetAnAdminKeyReadAndAdjustAnAccountOnceperIdempotencyKey() throws Exception {
        long customerId = customerIdOf(tokenOf(newShopper()));
        String path = "/customers/" + customerId;
        Answer account = api.get(path + "/account", bearer(DemoShop.API_KEY));
        assertThat(account.status).as(account.toString()).isEqualTo(200);
        assertThat(account.json().path("customerId").asLong()).isEqualTo(customerId);
        long bonus = account.json().path("balance").asLong();

        Answer first = api.post(path + "/adjustments", body("points", 50, "reason", "Goodwill"),
                bearer(DemoShop.API_KEY, "Idempotency-Key", "crm-42"));
        assertThat(first.status).as(first.toString()).isEqualTo(201);
        assertThat(first.json().path("balance").asLong()).isEqualTo(bonus + 50);
        assertThat(first.json().path("replayed").asBoolean()).isFalse();
        Answer retry = api.post(path + "/adjustments", body("points", 50, "reason", "Goodwill"),
                bearer(DemoShop.API_KEY, "Idempotency-Key", "crm-42"));
        assertThat(retry.status).isEqualTo(200);
        assertThat(retry.json().path("id").asLong()).isEqualTo(first.json().path("id").asLong());
        assertThat(retry.json().path("balance").asLong()).isEqualTo(bonus + 50);
        assertThat(retry.json().path("replayed").asBoolean()).isTrue();

        long other = customerIdOf(tokenOf(newShopper()));
        Answer conflict = api.post("/customers/" + other + "/adjustments", body("points", 50, "reason", "Goodwill"),
                bearer(DemoShop.API_KEY, "Idempotency-Key", "crm-42"));
        assertThat(conflict.status).as(conflict.toString()).isEqualTo(409);
        assertThat(conflict.error()).isEqualTo("idempotency_conflict");
        assertThat(api.get("/customers/" + other + "/account", bearer(DemoShop.API_KEY)).json().path("balance")
                .asLong()).isEqualTo(bonus);

        Answer taken = api.post(path + "/adjustments", body("points", "-20", "reason", "Correction"),
                bearer(DemoShop.API_KEY));
        assertThat(taken.status).isEqualTo(201);
        assertThat(taken.json().path("balance").asLong()).isEqualTo(bonus + 30);
        JsonNode ledger = api.get(path + "/ledger", bearer(DemoShop.API_KEY)).json();
        assertThat(ledger.path("totalEntries").asInt()).isEqualTo(bonus > 0 ? 3 : 2);
    }

    @Test
    void shouldRefuseBadAdjustmentsWithTheFormsSentencesAndChangeNothing() throws Exception {
        long customerId = customerIdOf(tokenOf(newShopper()));
        long bonus = api.get("/customers/" + customerId + "/account", bearer(DemoShop.API_KEY)).json()
                .path("balance").asLong();
        String path = "/customers/" + customerId + "/adjustments";
        Answer notANumber = api.post(path, body("points", "abc", "reason", "x"), bearer(DemoShop.API_KEY));
        assertThat(notANumber.status).isEqualTo(400);
        assertThat(notANumber.json().path("message").asText())
                .isEqualTo("\"abc\" is not a whole number of points (e.g. 50 or -20).");
        Answer romanian = api.post(path, body("points", "abc", "reason", "x"),
                bearer(DemoShop.API_KEY, "Accept-Language", "ro-RO"));
        assertThat(romanian.json().path("message").asText())
                .as("the rules' refusal in the caller's language")
                .isEqualTo("\u201eabc\u201d nu este un num\u0103r \u00eentreg de puncte (de exemplu 50 sau -20).");
        assertThat(api.post(path, body("points", 10), bearer(DemoShop.API_KEY)).json().path("message").asText())
                .isEqualTo("Give a reason for the adjustment.");
        Answer overdraw = api.post(path, body("points", -(bonus + 1), "reason", "x"), bearer(DemoShop.API_KEY));
        assertThat(overdraw.status).isEqualTo(400);
        assertThat(overdraw.json().path("message").asText()).startsWith("The customer has only " + bonus);
        assertThat(api.post(path, "{not json", bearer(DemoShop.API_KEY)).status).isEqualTo(400);
        assertThat(api.post(path, "points=10", bearer(DemoShop.API_KEY, "Content-Type",
                "application/x-www-form-urlencoded")).status).isEqualTo(415);
        assertThat(api.post(path, body("points", 10, "reason", "x"),
                bearer(DemoShop.API_KEY, "Idempotency-Key", " ")).status).isEqualTo(400);
        assertThat(api.get("/customers/" + customerId + "/account", bearer(DemoShop.API_KEY)).json()
                .path("balance").asLong()).isEqualTo(bonus);
        Answer unknown = api.get("/customers/999999/account", bearer(DemoShop.API_KEY));
        assertThat(unknown.status).isEqualTo(404);
        assertThat(unknown.error()).isEqualTo("not_found");
        assertThat(api.get("/customers/abc/account", bearer(DemoShop.API_KEY)).status).isEqualTo(400);
        assertThat(api.get("/no/such/endpoint", bearer(DemoShop.API_KEY)).status).isEqualTo(404);
    }

    @Test
    void shouldHoldEachKeyToItsScopesAndStopARevokedKey() throws Exception {
        String reader = keys.create("CRM reader", "accounts:read", "test").getSecret();
        long customerId = customerIdOf(tokenOf(newShopper()));
        assertThat(api.get("/customers/" + customerId + "/account", bearer(reader)).status).isEqualTo(200);
        Answer write = api.post("/customers/" + customerId + "/adjustments", body("points", 5, "reason", "x"),
                bearer(reader));
        assertThat(write.status).isEqualTo(403);
        assertThat(write.json().path("message").asText()).isEqualTo("This key lacks the scope accounts:write.");
        assertThat(api.get("/rewards", bearer(reader)).status).isEqualTo(403);
        assertThat(api.get("/tiers", bearer(reader)).status).isEqualTo(403);

        Long id = keys.keys().stream().filter(k -> "CRM reader".equals(k.getName())).findFirst().get().getId();
        assertThat(keys.keys().stream().filter(k -> k.getId().equals(id)).findFirst().get().getLastUsedAt())
                .isNotNull();
        assertThat(keys.keys().stream().filter(k -> k.getId().equals(id)).findFirst().get().getKeyHash())
                .hasSize(64).doesNotContain(reader);
        assertThat(keys.revoke(id)).isTrue();
        assertThat(api.get("/customers/" + customerId + "/account", bearer(reader)).status).isEqualTo(401);
    }

    @Test
    void shouldManageTheRewardCatalogAndListTheTiers() throws Exception {
        Answer list = api.get("/rewards", bearer(DemoShop.API_KEY));
        assertThat(list.status).isEqualTo(200);
        int before = list.json().path("rewards").size();
        Answer bad = api.post("/rewards", body("name", "", "pointsCost", -5, "type", "FIXED_DISCOUNT"),
                bearer(DemoShop.API_KEY));
        assertThat(bad.status).as(bad.toString()).isEqualTo(400);
        assertThat(api.post("/rewards", body("name", "Mug", "pointsCost", "lots", "type", "GIFT"),
                bearer(DemoShop.API_KEY)).status).isEqualTo(400);

        Answer huge = api.post("/rewards", body("name", "Huge", "pointsCost", 20, "type", "FIXED_DISCOUNT",
                "value", "1e999999999"), bearer(DemoShop.API_KEY));
        assertThat(huge.status).as(huge.toString()).isEqualTo(400);
        assertThat(huge.json().path("message").asText()).isEqualTo("\"value\" must be a number with at most 14 digits"
                + " before the decimal point and 5 after it, got \"1e999999999\".");
        StringBuilder digits = new StringBuilder("1");
        for (int i = 0; i < 300; i++) {
            digits.append('0');
        }
        Answer longNumber = api.post("/rewards", "{\"name\": \"Long\", \"pointsCost\": 20, \"type\": \"FREE_SHIPPING\","
                + " \"value\": " + digits + "}", bearer(DemoShop.API_KEY));
        assertThat(longNumber.status).as(longNumber.toString()).isEqualTo(400);
        assertThat(longNumber.json().path("message").asText()).startsWith("\"value\" must be a number with at most");
        Answer tiny = api.post("/rewards", body("name", "Tiny", "pointsCost", 20, "type", "FREE_SHIPPING",
                "value", "0.0000001"), bearer(DemoShop.API_KEY, "Accept-Language", "es-ES"));
        assertThat(tiny.status).as(tiny.toString()).isEqualTo(400);
        assertThat(tiny.json().path("message").asText()).startsWith("«" + "value» debe ser un número");
        Answer hugePoints = api.post("/rewards", "{\"name\": \"Long\", \"pointsCost\": " + digits
                + ", \"type\": \"FREE_SHIPPING\"}", bearer(DemoShop.API_KEY));
        assertThat(hugePoints.status).as(hugePoints.toString()).isEqualTo(400);
        assertThat(api.get("/rewards", bearer(DemoShop.API_KEY)).json().path("rewards").size()).isEqualTo(before);

        Answer created = api.post("/rewards", body("name", "2.00 off", "pointsCost", 20, "type", "FIXED_DISCOUNT",
                "value", "2.00"), bearer(DemoShop.API_KEY));
        assertThat(created.status).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        Answer changed = api.put("/rewards/" + id, body("name", "3.00 off", "pointsCost", 30, "type",
                "FIXED_DISCOUNT", "value", "3.00"), bearer(DemoShop.API_KEY));
        assertThat(changed.status).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("name").asText()).isEqualTo("3.00 off");
        assertThat(api.get("/rewards", bearer(DemoShop.API_KEY)).json().path("rewards").size()).isEqualTo(before + 1);
        assertThat(api.delete("/rewards/" + id, bearer(DemoShop.API_KEY)).status).isEqualTo(200);
        assertThat(api.get("/rewards", bearer(DemoShop.API_KEY)).json().path("rewards").size()).isEqualTo(before);
        assertThat(api.delete("/rewards/" + id, bearer(DemoShop.API_KEY)).status).isEqualTo(404);

        JsonNode tiers = api.get("/tiers", bearer(DemoShop.API_KEY)).json().path("tiers");
        JsonNode silver = null;
        for (JsonNode tier : tiers) {
            silver = "Silver".equals(tier.path("name").asText()) ? tier : silver;
        }
        assertThat(silver).as(tiers.toString()).isNotNull();
        assertThat(silver.path("pointsThreshold").asLong()).isEqualTo(50);
        assertThat(silver.path("multiplier").decimalValue()).isEqualByComparingTo("1.25");
    }

    @Test
    void shouldServeTheLoggedInShopperBySessionAndAskItsWritesForTheCsrfToken() throws Exception {
        Shopper browser = new Shopper(shop.baseUrl());
        browser.register("session-" + System.nanoTime() + "@example.com", "secret123");
        Connection.Response me = browser.api(Connection.Method.GET, "/me", null);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        JsonNode account = ApiClient.JSON.readTree(me.body());
        String csrf = account.path("csrfToken").asText();
        assertThat(csrf).isNotEmpty();
        long available = account.path("available").asLong();
        assertThat(available).isGreaterThanOrEqualTo(50);

        Connection.Response emptyCart = browser.api(Connection.Method.POST, "/me/cart/points", "{\"points\": 50}",
                ApiAccess.CSRF_HEADER, csrf);
        assertThat(emptyCart.statusCode()).isEqualTo(400);
        assertThat(emptyCart.body()).contains("Your cart is empty.");
        browser.submit(browser.open("/"), "form[action=/cart/add]", "quantity", "1");
        Connection.Response forged = browser.api(Connection.Method.POST, "/me/cart/points", "{\"points\": 50}");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(ApiClient.JSON.readTree(forged.body()).path("error").asText()).isEqualTo("csrf");
        Connection.Response applied = browser.api(Connection.Method.POST, "/me/cart/points", "{\"points\": 50}",
                ApiAccess.CSRF_HEADER, csrf);
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        Connection.Response removed = browser.api(Connection.Method.POST, "/me/cart/points", "{\"points\": 0}",
                ApiAccess.CSRF_HEADER, csrf);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        // 50 points are worth 5.00 (100 points = 10.00 in the demo).
        assertThat(ApiClient.JSON.readTree(removed.body()).path("total").decimalValue()
                .subtract(ApiClient.JSON.readTree(applied.body()).path("total").decimalValue()))
                .isEqualByComparingTo("5.00");
        Connection.Response tooMany = browser.api(Connection.Method.POST, "/me/cart/points",
                "{\"points\": \"lots\"}", ApiAccess.CSRF_HEADER, csrf);
        assertThat(tooMany.statusCode()).isEqualTo(400);
        Connection.Response noReward = browser.api(Connection.Method.POST, "/me/cart/rewards",
                "{\"rewardId\": 999999}", ApiAccess.CSRF_HEADER, csrf);
        assertThat(noReward.statusCode()).isEqualTo(400);
        assertThat(ApiClient.JSON.readTree(noReward.body()).path("message").asText()).isNotEmpty();
        Connection.Response reward = browser.api(Connection.Method.POST, "/me/cart/rewards",
                "{\"rewardId\": " + cheapestReward() + "}", ApiAccess.CSRF_HEADER, csrf);
        assertThat(reward.statusCode()).as(reward.body()).isEqualTo(200);
    }

    @Test
    void shouldTakeFeedbackOnTheShoppersOwnOrderOnce() throws Exception {
        Shopper browser = new Shopper(shop.baseUrl());
        String email = "feedback-" + System.nanoTime() + "@example.com";
        browser.register(email, "secret123");
        browser.submit(browser.open("/"), "form[action=/cart/add]", "quantity", "1");
        String orderNumber = browser.checkOut("my wallet").selectFirst(".order-number").text();
        String stranger = tokenOf(newShopper());
        Answer notTheirs = api.post("/me/feedback", body("orderNumber", orderNumber, "nps", 9, "csat", 5),
                bearer(stranger));
        assertThat(notTheirs.status).isEqualTo(400);

        String token = tokenOf(email);
        Answer outOfRange = api.post("/me/feedback", body("orderNumber", orderNumber, "nps", 11, "csat", 5),
                bearer(token));
        assertThat(outOfRange.status).isEqualTo(400);
        Answer answered = api.post("/me/feedback", body("orderNumber", orderNumber, "nps", 9, "csat", 5,
                "comment", "Quick delivery"), bearer(token));
        assertThat(answered.status).as(answered.toString()).isEqualTo(201);
        assertThat(answered.json().path("nps").asInt()).isEqualTo(9);
        assertThat(api.post("/me/feedback", body("orderNumber", orderNumber, "nps", 3, "csat", 1), bearer(token))
                .status).isEqualTo(400);
    }

    @Test
    void shouldExportACustomersDataAndEraseItOnceWithTheRightScopes() throws Exception {
        String token = tokenOf(newShopper());
        long customerId = customerIdOf(token);
        String path = "/customers/" + customerId;
        api.post(path + "/adjustments", body("points", 40, "reason", "Gift for Ana's wedding"), bearer(DemoShop.API_KEY));
        String reader = keys.create("Privacy reader", "accounts:read", "test").getSecret();

        Answer export = api.get(path + "/export", bearer(reader));
        assertThat(export.status).as(export.toString()).isEqualTo(200);
        assertThat(export.json().path("customerId").asLong()).isEqualTo(customerId);
        assertThat(export.json().path("ledger").path("entries").findValuesAsText("reason"))
                .contains("Gift for Ana's wedding");
        assertThat(export.json().path("apiTokens").path("issuedTokens").asLong()).isPositive();
        assertThat(api.get("/customers/abc/export", bearer(reader)).status).isEqualTo(400);
        assertThat(api.get("/customers/999999999/export", bearer(reader)).status).isEqualTo(404);

        Answer refused = api.post(path + "/erasure", "{}", bearer(reader));
        assertThat(refused.status).isEqualTo(403);
        assertThat(api.get("/me", bearer(token)).status).isEqualTo(200);

        Answer erased = api.post(path + "/erasure", "{}", bearer(DemoShop.API_KEY));
        assertThat(erased.status).as(erased.toString()).isEqualTo(201);
        assertThat(erased.json().path("alreadyErased").asBoolean()).isFalse();
        assertThat(erased.json().path("records").path("ledger").asLong()).isPositive();
        assertThat(erased.json().path("erasedBy").asText()).startsWith("api:");
        assertThat(api.get("/me", bearer(token)).status).as("the shopper's tokens are revoked").isEqualTo(401);
        JsonNode after = api.get(path + "/export", bearer(reader)).json();
        assertThat(after.path("erasedAt").asText()).isNotEmpty();
        assertThat(after.toString()).doesNotContain("Ana's wedding");
        assertThat(api.get(path + "/account", bearer(reader)).json().path("balance").asLong())
                .isEqualTo(export.json().path("ledger").path("account").path("balance").asLong());

        Answer again = api.post(path + "/erasure", "{}", bearer(DemoShop.API_KEY));
        assertThat(again.status).isEqualTo(200);
        assertThat(again.json().path("alreadyErased").asBoolean()).isTrue();
        assertThat(again.json().path("erasedAt").asText()).isEqualTo(erased.json().path("erasedAt").asText());
    }

    @Test
    void shouldSubscribeListAndRemoveWebhooksWithTheWebhookScopes() throws Exception {
        String reader = keys.create("Hook reader", "webhooks:read", "test").getSecret();
        String secret = "0123456789abcdef-hook-secret";

        Answer created = api.post("/webhooks", body("url", "https://127.0.0.1:9/hooks",
                "events", java.util.Arrays.asList("tier.changed", "points.earned"), "secret", secret),
                bearer(DemoShop.API_KEY));
        assertThat(created.status).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.json().path("events").toString()).isEqualTo("[\"tier.changed\",\"points.earned\"]");
        assertThat(created.text).doesNotContain(secret);
        Answer listed = api.get("/webhooks", bearer(reader));
        assertThat(listed.status).isEqualTo(200);
        assertThat(listed.json().path("webhooks").findValuesAsText("id")).contains(String.valueOf(id));
        assertThat(listed.json().path("eventTypes").toString()).contains("reward.redeemed", "referral.rewarded");
        assertThat(listed.text).doesNotContain(secret);
        assertThat(api.post("/webhooks", body("url", "https://127.0.0.1:9/x", "events", "points.earned",
                "secret", secret), bearer(reader)).status).isEqualTo(403);

        Answer badUrl = api.post("/webhooks", body("url", "ftp://127.0.0.1/x", "events", "points.earned",
                "secret", secret), bearer(DemoShop.API_KEY, "Accept-Language", "pl"));
        assertThat(badUrl.status).isEqualTo(400);
        assertThat(badUrl.json().path("message").asText()).isEqualTo("„ftp://127.0.0.1/x” nie jest adresem http ani https.");
        Answer unknown = api.post("/webhooks", body("url", "https://127.0.0.1:9/x", "events", "points.stolen",
                "secret", secret), bearer(DemoShop.API_KEY));
        assertThat(unknown.status).isEqualTo(400);
        assertThat(unknown.json().path("message").asText()).startsWith("There is no event \"points.stolen\"");
        assertThat(api.post("/webhooks", body("url", "https://127.0.0.1:9/x", "events", "points.earned",
                "secret", "short"), bearer(DemoShop.API_KEY)).status).isEqualTo(400);

        assertThat(api.delete("/webhooks/" + id, bearer(reader)).status).isEqualTo(403);
        assertThat(api.delete("/webhooks/abc", bearer(DemoShop.API_KEY)).status).isEqualTo(400);
        assertThat(api.delete("/webhooks/" + id, bearer(DemoShop.API_KEY)).status).isEqualTo(204);
        assertThat(api.delete("/webhooks/" + id, bearer(DemoShop.API_KEY)).status).isEqualTo(404);
        assertThat(api.get("/webhooks", bearer(reader)).json().path("webhooks").findValuesAsText("id"))
                .doesNotContain(String.valueOf(id));
    }

    @Test
    void shouldDescribeExactlyTheEndpointsTheApiServes() throws Exception {
        Answer description = api.get("/openapi.json");
        assertThat(description.status).isEqualTo(200);
        JsonNode document = description.json();
        assertThat(document.path("openapi").asText()).startsWith("3.");
        Set<String> documented = new TreeSet<String>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                documented.add(method + " " + path.getKey());
                // Every documented operation is served: called without credentials, it answers as documented.
                String concrete = path.getKey().replace("{customerId}", "1").replace("{rewardId}", "1")
                        .replace("{webhookId}", "1");
                Answer answer = api.send(method, concrete,
                        "POST".equals(method) || "PUT".equals(method) ? "{}" : null);
                int expected = "/openapi.json".equals(path.getKey()) ? 200
                        : "/auth/token".equals(path.getKey()) ? 400 : 401;
                assertThat(answer.status).as(method + " " + path.getKey() + ": " + answer.text).isEqualTo(expected);
                assertThat(operation.getValue().path("responses").has(String.valueOf(expected)))
                        .as(method + " " + path.getKey() + " documents " + expected).isTrue();
            }
        }
        assertThat(servedEndpoints()).isEqualTo(documented);
    }

    /** What the API's controllers map, read from their annotations (the catch-all 404 aside). */
    private static Set<String> servedEndpoints() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        Set<String> served = new TreeSet<String>();
        for (BeanDefinition controller : scanner.findCandidateComponents("com.broadleafloyalty.api.web")) {
            for (Method method : Class.forName(controller.getBeanClassName()).getDeclaredMethods()) {
                RequestMapping mapping = method.getAnnotation(RequestMapping.class);
                if (mapping == null) {
                    continue;
                }
                for (String path : mapping.value()) {
                    if (!"/**".equals(path)) {
                        for (RequestMethod verb : mapping.method()) {
                            served.add(verb.name() + " " + path);
                        }
                    }
                }
            }
        }
        assertThat(served).isNotEmpty();
        return served;
    }

    private static long cheapestReward() throws Exception {
        long cheapest = 0;
        long cost = Long.MAX_VALUE;
        for (JsonNode reward : api.get("/rewards", bearer(DemoShop.API_KEY)).json().path("rewards")) {
            if (reward.path("pointsCost").asLong() < cost && "FIXED_DISCOUNT".equals(reward.path("type").asText())) {
                cost = reward.path("pointsCost").asLong();
                cheapest = reward.path("id").asLong();
            }
        }
        return cheapest;
    }

    @Test
    void shouldRefuseAKeyOverItsRateLimitWith429UntilTheNextMinute() throws Exception {
        ApiRateLimiter limiter = shop.siteContext().getBean("blLoyaltyApiRateLimiter", ApiRateLimiter.class);
        String busy = keys.create("Busy integration", "rewards:read", "test").getSecret();
        long limit = limiter.getCallsPerMinute();
        limiter.setCallsPerMinute(3);
        try {
            int admitted = 0;
            Answer refusal = null;
            for (int i = 0; i < 8; i++) {
                Answer answer = api.get("/rewards", bearer(busy));
                admitted += answer.status == 200 ? 1 : 0;
                refusal = answer.status == 429 ? answer : refusal;
            }
            // Eight calls fall in at most two minutes, so one minute saw more than three.
            assertThat(refusal).isNotNull();
            assertThat(refusal.error()).isEqualTo("rate_limited");
            assertThat(admitted).isBetween(3, 6);
            // Another key is not held back by this one's calls.
            String quiet = keys.create("Quiet integration", "rewards:read", "test").getSecret();
            assertThat(api.get("/rewards", bearer(quiet)).status).isEqualTo(200);
        } finally {
            limiter.setCallsPerMinute(limit);
        }
    }
}
