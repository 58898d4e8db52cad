package com.broadleafloyalty.demo.admin;

import com.broadleafloyalty.demo.seed.DemoCustomers;
import com.broadleafloyalty.ledger.core.InputLimits;
import com.broadleafloyalty.ledger.core.PointsAmount;
import com.broadleafloyalty.tier.core.TierSetup;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends over a thousand generated bad inputs to every form and endpoint of the running demo shop (storefront,
 * loyalty module and admin sections) and checks each answer: never an HTTP 500 or a stack trace, the refusal is
 * shown (a message on the page, or a 4xx status where there is no page to show it on), and the shop's state (points
 * ledger, reservations, reward stock, orders and carts, customers, tiers, VIP offers and codes, feedback) is exactly
 * as before. One shop serves all inputs; the table of inputs per endpoint is logged at the end.
 */
class BadInputHttpTest {

    private static final Log LOG = LogFactory.getLog(BadInputHttpTest.class);

    private static final String DEMO_EMAIL = DemoCustomers.SHOPPERS[0][0];
    private static final String DEMO_PASSWORD = DemoCustomers.SHOPPERS[0][1];
    private static final String OTHER_EMAIL = DemoCustomers.SHOPPERS[1][0];
    private static final String OTHER_PASSWORD = DemoCustomers.SHOPPERS[1][1];

    /** A Java stack trace or exception name in a page body. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat (org|java|javax|com|sun|jdk)\\.[\\w.$]+\\(|Caused by:|\\w+(Exception|Error): |NullPointerException");

    private static AdminTestServer server;

    private final BadInputs bad = new BadInputs(13L);
    private final Map<String, Integer> counts = new TreeMap<String, Integer>();
    private final List<String> failures = new ArrayList<String>();
    private ShopState state;
    private String lastState;

    @BeforeAll
    static void startShop() throws Exception {
        server = AdminTestServer.start();
    }

    @AfterAll
    static void stopShop() throws Exception {
        server.close();
    }

    @Test
    void shouldRefuseEveryBadInputWithAMessageAndChangeNothing() throws Exception {
        Browser shopper = Browser.storefront(server.siteUrl());
        shopper.logIn(DEMO_EMAIL, DEMO_PASSWORD);
        Document home = shopper.page("/");
        List<String[]> products = products(home);
        shopper.post("/cart/add", true, "productId", products.get(0)[0], "skuId", products.get(0)[1], "quantity", "1");
        String orderNumber = shopper.checkOut();
        shopper.post("/cart/add", true, "productId", products.get(1)[0], "skuId", products.get(1)[1], "quantity", "2");
        shopper.post("/cart/add", true, "productId", products.get(2)[0], "skuId", products.get(2)[1], "quantity", "1");
        Document cart = shopper.document(shopper.post("/loyalty/redeem", true, "points", "50"));
        assertThat(cart.select(".cart-item")).as("the cart the inputs must leave alone").hasSize(2);
        String cartLine = cart.selectFirst(".cart-item").attr("data-order-item-id");

        Browser other = Browser.storefront(server.siteUrl());
        other.logIn(OTHER_EMAIL, OTHER_PASSWORD);
        other.post("/cart/add", true, "productId", products.get(3)[0], "skuId", products.get(3)[1], "quantity", "1");
        String otherLine = other.document(other.get("/cart")).selectFirst(".cart-item").attr("data-order-item-id");

        Browser guest = Browser.storefront(server.siteUrl());
        guest.page("/");

        Browser admin = Browser.admin(server.adminUrl());
        admin.adminLogIn("admin", "admin");
        Document account = admin.page("/loyalty-customers/" + customerIdOf(admin, DEMO_EMAIL));
        String customerId = customerIdOf(admin, DEMO_EMAIL);
        String otherCustomerId = customerIdOf(admin, OTHER_EMAIL);
        Element placed = account.selectFirst(".loyalty-placed-order");
        assertThat(placed).as("the demo shopper's order in the admin").isNotNull();
        String orderPath = placed.selectFirst("form.loyalty-return").attr("action");
        String orderId = orderPath.replaceAll(".*/orders/(\\d+)/return", "$1");
        String returnField = placed.selectFirst("form.loyalty-return input[name^=quantity-]").attr("name");

        state = new ShopState(server.jdbcUrl());
        lastState = state.read();

        storefrontCart(shopper, products, cartLine, otherLine);
        storefrontLoyalty(shopper, guest, orderNumber);
        storefrontAccount(shopper, guest, orderNumber);
        missingTokenAndWrongMethods(shopper);
        adminCustomerPoints(admin, customerId, otherCustomerId, orderId, returnField);
        adminEntityForms(admin);
        adminOtherSections(admin);

        StringBuilder table = new StringBuilder("Bad inputs by endpoint:\n");
        int total = 0;
        for (Map.Entry<String, Integer> row : counts.entrySet()) {
            table.append(String.format("  %-52s %5d%n", row.getKey(), row.getValue()));
            total += row.getValue();
        }
        table.append(String.format("  %-52s %5d%n", "total", total));
        LOG.info(table);
        assertThat(failures).as(failures.size() + " of " + total + " bad inputs were not refused cleanly").isEmpty();
        assertThat(total).isGreaterThanOrEqualTo(1000);
        assertThat(shopper.document(shopper.get("/cart")).select(".cart-item")).hasSize(2);
    }

    @Test
    void shouldSendAShopperWhoseSessionEndedBackToWhereTheyWere() throws Exception {
        Browser before = Browser.storefront(server.siteUrl());
        before.logIn(DEMO_EMAIL, DEMO_PASSWORD);
        String staleToken = before.token();
        Browser afterRestart = Browser.storefront(server.siteUrl()); // a new session: the old token means nothing

        Connection.Response refused = afterRestart.session.newRequest(server.siteUrl() + "/loyalty/redeem")
                .method(Connection.Method.POST).header("Referer", server.siteUrl() + "/cart?from=mail")
                .data("points", "10").data("csrfToken", staleToken).execute();

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.url().getPath()).isEqualTo("/form-expired");
        Document page = afterRestart.document(refused);
        assertThat(page.selectFirst(".form-expired").text()).contains("Nothing was changed");
        assertThat(page.selectFirst("a.form-expired-back").attr("href")).isEqualTo("/cart?from=mail");
        assertThat(afterRestart.page("/form-expired?back=//evil.example/x").selectFirst("a.form-expired-back")
                .attr("href")).isEqualTo("/");
        Connection.Response elsewhere = afterRestart.session.newRequest(server.siteUrl() + "/cart/add")
                .method(Connection.Method.POST).header("Referer", "https://evil.example/cart").data("quantity", "1")
                .execute();
        assertThat(afterRestart.document(elsewhere).selectFirst("a.form-expired-back").attr("href")).isEqualTo("/");
    }

    private void storefrontCart(Browser shopper, List<String[]> products, String cartLine, String otherLine)
            throws Exception {
        String productId = products.get(0)[0];
        String skuId = products.get(0)[1];
        for (String quantity : bad.numbers(3)) {
            send("POST /cart/add (quantity)", quantity, ".cart-error",
                    () -> shopper.post("/cart/add", true, "productId", productId, "skuId", skuId, "quantity", quantity));
        }
        for (String id : ids()) {
            send("POST /cart/add (product)", id, ".cart-error",
                    () -> shopper.post("/cart/add", true, "productId", id, "skuId", id, "quantity", "1"));
        }
        for (String quantity : bad.numbers(3)) {
            if (quantity.trim().matches("0+")) {
                continue; // 0 removes the line: a valid request.
            }
            send("POST /cart/updateQuantity (quantity)", quantity, ".cart-error",
                    () -> shopper.post("/cart/updateQuantity", true, "orderItemId", cartLine, "quantity", quantity));
        }
        for (String id : withOthers(ids(), otherLine)) {
            send("POST /cart/updateQuantity (line)", id, ".cart-error",
                    () -> shopper.post("/cart/updateQuantity", true, "orderItemId", id, "quantity", "3"));
        }
        for (String id : withOthers(bad.numbers(3), otherLine)) {
            send("POST /cart/remove (line)", id, ".cart-error",
                    () -> shopper.post("/cart/remove", true, "orderItemId", id));
        }
        for (String id : withOthers(ids(), cartLine)) {
            send("GET /cart/remove (wrong method)", id, ".cart-error",
                    () -> shopper.get("/cart/remove?orderItemId=" + encode(id)));
        }
    }

    private void storefrontLoyalty(Browser shopper, Browser guest, String orderNumber) throws Exception {
        for (String points : bad.numbers(3)) {
            send("POST /loyalty/redeem (points)", points, ".loyalty-redeem-error",
                    () -> shopper.post("/loyalty/redeem", true, "points", points));
        }
        for (String points : new String[] {"100000", "5000", "1000001"}) {
            send("POST /loyalty/redeem (points)", points, ".loyalty-redeem-error",
                    () -> shopper.post("/loyalty/redeem", true, "points", points));
        }
        for (String points : bad.numbers(0)) {
            send("POST /loyalty/redeem (guest)", points, ".loyalty-redeem-error, .cart-empty",
                    () -> guest.post("/loyalty/redeem", true, "points", points.isEmpty() ? "10" : points));
        }
        for (String id : bad.numbers(3)) {
            send("POST /loyalty/rewards/redeem (reward)", id, ".loyalty-reward-error",
                    () -> shopper.post("/loyalty/rewards/redeem", true, "rewardId", id));
        }
        for (String id : ids()) {
            // Taking off a reward that is not in the cart is a no-op: it must change nothing, a message is optional.
            send("POST /loyalty/rewards/remove (reward)", id, null,
                    () -> shopper.post("/loyalty/rewards/remove", true, "rewardId", id));
        }
        List<String> codes = bad.texts(10);
        codes.addAll(bad.numbers(0));
        codes.add("DEMO10 OR 1=1");
        for (String code : codes) {
            send("POST /loyalty/code (VIP, personal, promo)", code, ".loyalty-code-error",
                    () -> shopper.post("/loyalty/code", true, "code", code));
        }
        for (String nps : bad.numbers(4)) {
            if (nps.trim().matches("0+") || nps.trim().matches("\\+0")) {
                continue; // 0 is a valid score.
            }
            send("POST /loyalty/feedback (scores)", nps, ".loyalty-feedback-error, .loyalty-feedback-refused",
                    () -> shopper.post("/loyalty/feedback", true, "orderNumber", orderNumber, "nps", nps,
                            "csat", bad.pick(bad.numbers(0)), "comment", bad.pick(bad.texts(0))));
        }
        for (String number : orderNumbers()) {
            send("POST /loyalty/feedback (order)", number, ".loyalty-feedback-error, .loyalty-feedback-refused",
                    () -> shopper.post("/loyalty/feedback", true, "orderNumber", number, "nps", "9", "csat", "5",
                            "comment", "Fine"));
            send("GET /loyalty/feedback (order)", number, ".loyalty-feedback-refused",
                    () -> shopper.get("/loyalty/feedback?orderNumber=" + encode(number)));
        }
    }

    private void storefrontAccount(Browser shopper, Browser guest, String orderNumber) throws Exception {
        List<String> dates = bad.texts(4);
        dates.addAll(bad.numbers(0));
        dates.add("2031-01-01");
        dates.add("1800-01-01");
        dates.add("2000-02-30");
        dates.add("\u0661\u0669\u0669\u0660-01-01");
        for (String date : dates) {
            send("POST /account/loyalty/birth-date", date, ".loyalty-account-error",
                    () -> shopper.post("/account/loyalty/birth-date", true, "birthDate", date));
        }
        for (String value : new String[] {"maybe", "2", "-1", "\u0661", "<b>", "null", "tru", "yes please",
                "' OR 1=1", BadInputs.repeat('t', 3000)}) {
            send("POST /account/loyalty/newsletter", value, ".loyalty-account-error",
                    () -> shopper.post("/account/loyalty/newsletter", true, "subscribed", value));
        }
        for (String code : bad.texts(6)) {
            send("POST /account/loyalty/referral", code, ".loyalty-account-error",
                    () -> shopper.post("/account/loyalty/referral", true, "code", code));
        }
        List<String> categories = bad.texts(4);
        categories.add("DIGEST"); // an opt-in, not a checkbox of the list
        for (String category : categories) {
            send("POST /account/loyalty/emails (category)", category, ".loyalty-preferences-error",
                    () -> shopper.post("/account/loyalty/emails", true, "category", category));
        }
        for (String value : new String[] {"maybe", "on", "1", "TRUE", "<b>", "' OR 1=1", BadInputs.repeat('t', 3000)}) {
            send("POST /account/loyalty/emails (digest)", value, ".loyalty-preferences-error",
                    () -> shopper.post("/account/loyalty/emails", true, "digest", value));
        }
        for (String text : bad.texts(4)) {
            send("GET /loyalty/mail/unsubscribe (link)", text, "status-or:p",
                    () -> guest.get("/loyalty/mail/unsubscribe?m=" + encode(text) + "&s=" + encode(text)));
            send("POST /loyalty/mail/unsubscribe (link)", text, "status-or:p",
                    () -> guest.post("/loyalty/mail/unsubscribe", false, "m", text, "s", text));
        }
        for (String text : bad.texts(8)) {
            String field = bad.pick(java.util.Arrays.asList("firstName", "lastName", "addressLine1", "city",
                    "postalCode"));
            send("POST /checkout/shipping", field + "=" + text, ".shipping-error",
                    () -> shopper.post("/checkout/shipping", true, "firstName", "Ana", "lastName", "Pop",
                            "addressLine1", "Strada 1", "city", "Cluj", "postalCode", "400000",
                            "country", bad.pick(java.util.Arrays.asList("XX", "", "ro", "<b>", "RO'--")),
                            "shippingOption", bad.pick(bad.numbers(0)), field, text));
        }
        for (String wallet : new String[] {"", "   ", BadInputs.repeat('w', 101), "<script>", "' OR 1=1",
                "\u0000"}) {
            send("POST /checkout/complete (no shipping yet)", wallet, ".checkout-error",
                    () -> shopper.post("/checkout/complete", true, "demoWallet", wallet));
        }
        for (String number : orderNumbers()) {
            send("GET /account/orders/{orderNumber}", number, "url:/account/orders",
                    () -> shopper.get("/account/orders/" + encode(number)));
            send("GET /confirmation/{orderNumber}", number, "status-or:.error, h1",
                    () -> shopper.get("/confirmation/" + encode(number)));
        }
        for (String email : registrationEmails()) {
            send("POST /register (email)", email, ".register-errors, .loyalty-registration-problems",
                    () -> guest.post("/register", true, "customer.emailAddress", email, "customer.firstName", "Eve",
                            "customer.lastName", "Bad", "password", "secret123", "passwordConfirm", "secret123"));
        }
        for (String text : bad.texts(6)) {
            String email = "fuzz" + Math.abs(text.hashCode()) + "@example.com";
            send("POST /register (names, passwords)", text, ".register-errors, .loyalty-registration-problems",
                    () -> guest.post("/register", true, "customer.emailAddress", email, "customer.firstName",
                            BadInputs.repeat('n', 256), "customer.lastName", text, "password", "secret123",
                            "passwordConfirm", "other456"));
            send("POST /register (names, passwords)", "empty first name, " + text,
                    ".register-errors, .loyalty-registration-problems",
                    () -> guest.post("/register", true, "customer.emailAddress", email, "customer.firstName", "",
                            "customer.lastName", text, "password", text, "passwordConfirm", text));
        }
        for (String text : bad.texts(0)) {
            String email = "loyal" + Math.abs(text.hashCode()) + "@example.com";
            send("POST /register (loyalty fields)", text, ".register-errors, .loyalty-registration-problems",
                    () -> guest.post("/register", true, "customer.emailAddress", email, "customer.firstName", "Eve",
                            "customer.lastName", "Bad", "password", "secret123", "passwordConfirm", "secret123",
                            "loyaltyBirthDate", "2999-13-45", "loyaltyReferralCode", text));
        }
        for (String text : bad.texts(4)) {
            send("POST /login_post.htm", text, ".login-error",
                    () -> guest.post("/login_post.htm", true, "j_username", text, "j_password", text));
        }
    }

    private void missingTokenAndWrongMethods(Browser shopper) throws Exception {
        String[][] posts = {
            {"/cart/add", "quantity", "1"}, {"/cart/updateQuantity", "quantity", "1"}, {"/cart/remove", "orderItemId", "1"},
            {"/loyalty/redeem", "points", "10"}, {"/loyalty/redeem/remove", "x", "1"},
            {"/loyalty/rewards/redeem", "rewardId", "1"}, {"/loyalty/rewards/remove", "rewardId", "1"},
            {"/loyalty/code", "code", "VIP"}, {"/loyalty/feedback", "nps", "9"},
            {"/account/loyalty/birth-date", "birthDate", "1990-01-01"},
            {"/account/loyalty/newsletter", "subscribed", "true"}, {"/account/loyalty/referral", "code", "X"},
            {"/account/loyalty/emails", "digest", "true"},
            {"/checkout/shipping", "city", "Cluj"}, {"/checkout/complete", "demoWallet", "w"},
            {"/register", "customer.emailAddress", "new@example.com"}, {"/login_post.htm", "j_username", "a"}};
        for (String[] post : posts) {
            for (String token : new String[] {null, "", "forged", "' OR 1=1", BadInputs.repeat('t', 3000)}) {
                send("POST (missing or wrong token)", post[0] + " token=" + token, ".form-expired",
                        () -> shopper.postWithToken(post[0], token, post[1], post[2]));
            }
        }
        String[] getOnly = {"/loyalty/redeem", "/loyalty/redeem/remove", "/loyalty/rewards/redeem",
            "/loyalty/rewards/remove", "/loyalty/code", "/account/loyalty/birth-date", "/account/loyalty/newsletter",
            "/account/loyalty/referral", "/checkout/shipping", "/checkout/complete", "/cart/add",
            "/cart/updateQuantity"};
        for (String path : getOnly) {
            send("GET on a POST endpoint (wrong method)", path, "status-or:.cart-error",
                    () -> shopper.get(path + "?points=10&rewardId=1&code=X&quantity=1"));
        }
    }

    private void adminCustomerPoints(Browser admin, String customerId, String otherCustomerId, String orderId,
            String returnField) throws Exception {
        String adjust = "/loyalty-customers/" + customerId + "/adjust";
        PointsAmount validAdjustment = InputLimits.defaults().adjustment();
        for (String points : bad.numbers(4)) {
            if (validAdjustment.accepts(points)) {
                continue; // e.g. -5: a valid adjustment.
            }
            send("POST admin adjust points (points)", points, ".loyalty-refusal",
                    () -> admin.post(adjust, true, "points", points, "reason", bad.pick(bad.texts(0))));
        }
        for (String points : new String[] {"1000001", "-1000001", "+2147483648", "-100000"}) {
            send("POST admin adjust points (points)", points, ".loyalty-refusal",
                    () -> admin.post(adjust, true, "points", points, "reason", "Limit"));
        }
        for (String reason : new String[] {"", "   ", BadInputs.repeat('r', 501), BadInputs.repeat('r', 5000),
                BadInputs.repeat('\u0219', 600)}) {
            send("POST admin adjust points (reason)", reason, ".loyalty-refusal",
                    () -> admin.post(adjust, true, "points", "+5", "reason", reason));
        }
        String returnPath = "/loyalty-customers/" + customerId + "/orders/" + orderId + "/return";
        for (String quantity : bad.numbers(6)) {
            send("POST admin partial return (quantity)", quantity, ".loyalty-refusal",
                    () -> admin.post(returnPath, true, returnField, quantity, "returnReference", "RMA-FUZZ"));
        }
        for (String reference : bad.texts(2)) {
            send("POST admin partial return (line)", reference, ".loyalty-refusal",
                    () -> admin.post(returnPath, true, "quantity-" + reference, "1", "returnReference", reference));
        }
        for (String id : new String[] {otherCustomerId, "999999", "0"}) {
            send("POST admin cancel order (not theirs)", id, "status-or:.loyalty-refusal",
                    () -> admin.post("/loyalty-customers/" + id + "/orders/" + orderId + "/cancel", true));
        }
        for (String id : withOthers(ids(), "-1")) {
            if (id.trim().isEmpty()) {
                continue; // the section's search page
            }
            send("GET admin customer account (id)", id, "status-or:.loyalty-refusal",
                    () -> admin.get("/loyalty-customers/" + encodePath(id)));
            send("POST admin adjust points (customer)", id, "status-or:.loyalty-refusal",
                    () -> admin.post("/loyalty-customers/" + encodePath(id) + "/adjust", true, "points", "+5",
                            "reason", "Goodwill"));
        }
        for (String text : bad.texts(4)) {
            send("GET admin customer search (q)", text, "status-or:#loyalty-customer-search",
                    () -> admin.get("/loyalty-customers?q=" + encode(text)));
            send("GET admin customer by order number", text, ".loyalty-refusal",
                    () -> admin.get("/loyalty-customers/order?number=" + encode(text)));
        }
    }

    private void adminEntityForms(Browser admin) throws Exception {
        Map<String, String> reward = admin.formData("/loyalty-rewards/add", "form.modal-add-entity-form");
        reward.put(field("name"), "Fuzz reward");
        reward.put(field("description"), "A reward");
        reward.put(field("pointsCost"), "100");
        reward.put(field("rewardType"), "FIXED_DISCOUNT");
        reward.put(field("active"), "true");
        reward.put(field("stock"), "");
        reward.put(field("rewardValue"), "5");
        for (String value : bad.numbers(3)) {
            send("POST admin reward create (points cost)", value, ".errors .fieldError",
                    () -> admin.post("/loyalty-rewards/add", true, with(reward, field("pointsCost"), value)));
        }
        for (String value : withOthers(bad.numbers(3), "1000001")) {
            if (value.trim().matches("\\+?0+") || value.trim().isEmpty()) {
                continue; // empty or 0 stock: a valid (sold-out or unlimited) reward.
            }
            send("POST admin reward create (stock)", value, ".errors .fieldError",
                    () -> admin.post("/loyalty-rewards/add", true, with(reward, field("stock"), value)));
        }
        for (String value : withOthers(bad.numbers(3), "10000.01")) {
            if (new com.broadleafloyalty.redemption.core.RewardItemRules()
                    .checkTypedForType("rewardValue", value, "FIXED_DISCOUNT").orElse(null) == null) {
                continue; // e.g. 12.5: a valid amount off.
            }
            send("POST admin reward create (value)", value, ".errors .fieldError",
                    () -> admin.post("/loyalty-rewards/add", true, with(reward, field("rewardValue"), value)));
        }
        for (String text : new String[] {"", "   ", BadInputs.repeat('n', 256), BadInputs.repeat('n', 5000)}) {
            send("POST admin reward create (name)", text, ".errors .fieldError",
                    () -> admin.post("/loyalty-rewards/add", true, with(reward, field("name"), text)));
        }
        for (String text : new String[] {BadInputs.repeat('d', 2001), BadInputs.repeat('d', 5000)}) {
            send("POST admin reward create (description)", text, ".errors .fieldError",
                    () -> admin.post("/loyalty-rewards/add", true, with(reward, field("description"), text)));
        }
        for (String text : bad.texts(2)) {
            send("POST admin reward create (type)", text, ".errors .fieldError",
                    () -> admin.post("/loyalty-rewards/add", true, with(reward, field("rewardType"), text)));
        }

        Map<String, String> tier = admin.formData("/loyalty-tiers/add", "form.modal-add-entity-form");
        tier.put(field("name"), "Fuzz tier");
        tier.put(field("pointsThreshold"), "777777");
        tier.put(field("spendThreshold"), "77777");
        tier.put(field("multiplier"), "2");
        tier.put(field("perks"), "A perk");
        for (String property : new String[] {"pointsThreshold", "spendThreshold", "multiplier"}) {
            for (String value : bad.numbers(2)) {
                boolean plain = value.trim().matches("[0-9]{1,14}(\\.[0-9]{1,5})?");
                boolean multiplier = "multiplier".equals(property);
                if (value.trim().isEmpty() && !multiplier
                        || plain && (!multiplier || new BigDecimal(value.trim()).compareTo(TierSetup.MAX_MULTIPLIER) <= 0)) {
                    continue; // a plain number of 0 or more may be a threshold, and a multiplier up to the maximum.
                }
                send("POST admin tier create (" + property + ")", value, ".errors .fieldError",
                        () -> admin.post("/loyalty-tiers/add", true, with(tier, field(property), value)));
            }
        }
        for (String text : new String[] {"", BadInputs.repeat('t', 256), BadInputs.repeat('t', 5000)}) {
            send("POST admin tier create (name)", text, ".errors .fieldError",
                    () -> admin.post("/loyalty-tiers/add", true, with(tier, field("name"), text)));
        }

        Map<String, String> vip = admin.formData("/loyalty-vip-offers/add", "form.modal-add-entity-form");
        for (String value : ids()) {
            send("POST admin VIP offer create (offer)", value, ".errors .fieldError",
                    () -> admin.post("/loyalty-vip-offers/add", true, with(with(vip, field("offer"), value),
                            field("minTierName"), "Gold")));
        }
        for (String text : bad.texts(4)) {
            send("POST admin VIP offer create (rule)", text, ".errors .fieldError",
                    () -> admin.post("/loyalty-vip-offers/add", true, with(with(with(vip, field("offer"), ""),
                            field("minTierName"), text), field("segmentName"), text)));
        }
    }

    private void adminOtherSections(Browser admin) throws Exception {
        for (String id : ids()) {
            send("POST admin issue personal codes (offer)", id, "status-or:.loyalty-refusal",
                    () -> admin.post("/loyalty-personal-codes/issue", true, "offerId", id, "segment", "Champions"));
        }
        for (String text : bad.texts(4)) {
            send("POST admin issue personal codes (segment)", text, "status-or:.loyalty-refusal",
                    () -> admin.post("/loyalty-personal-codes/issue", true, "offerId", "-1", "segment", text));
        }
        for (String text : bad.texts(2)) {
            send("GET admin feedback (parameters)", text, "status-or:#loyalty-feedback-range, .loyalty-refusal",
                    () -> admin.get("/loyalty-feedback?page=" + encode(text) + "&from=" + encode(text)
                            + "&to=" + encode(text)));
        }
        for (String path : new String[] {"/loyalty-customers/1/adjust", "/loyalty-personal-codes/issue",
            "/loyalty-rewards/add"}) {
            for (String token : new String[] {null, "forged"}) {
                send("POST admin (missing or wrong token)", path + " token=" + token, "status-or:.loyalty-refusal",
                        () -> admin.postWithToken(path, token, "points", "5", "reason", "x"));
            }
        }
    }

    /** Sends one bad input and records every way its answer falls short. */
    private void send(String endpoint, String input, String refusal, Request request) throws Exception {
        counts.merge(endpoint, 1, Integer::sum);
        Connection.Response response = request.send();
        String body = response.body();
        String what = endpoint + " <- \"" + shorten(input) + "\": ";
        if (response.statusCode() >= 500) {
            failures.add(what + "HTTP " + response.statusCode() + " at " + response.url());
        }
        java.util.regex.Matcher trace = STACK_TRACE.matcher(body);
        if (trace.find()) {
            failures.add(what + "stack trace in the page (" + trace.group() + ")");
        }
        if (response.statusCode() < 500 && refusal != null && !refusalShown(response, refusal)) {
            failures.add(what + "no refusal (" + refusal + ") on " + response.url() + " (HTTP "
                    + response.statusCode() + ")");
        }
        String now = state.read();
        if (!now.equals(lastState)) {
            failures.add(what + "changed the shop: " + ShopState.difference(lastState, now));
            lastState = now;
        }
    }

    private static boolean refusalShown(Connection.Response response, String refusal) {
        if (refusal.startsWith("url:")) {
            String path = response.url().getPath().replaceAll("/$", "");
            return response.statusCode() >= 400 || path.endsWith(refusal.substring(4));
        }
        boolean statusIsRefusal = response.statusCode() >= 400;
        if (refusal.startsWith("status-or:")) {
            if (statusIsRefusal) {
                return true;
            }
            refusal = refusal.substring("status-or:".length());
        } else if (statusIsRefusal && response.statusCode() != 404) {
            return true; // 400, 403, 405: the protocol's refusal where no page applies (a wrong type or method).
        }
        Document page = Jsoup.parse(response.body(), response.url().toString());
        return !page.select(refusal).isEmpty();
    }

    private List<String> ids() {
        List<String> ids = new ArrayList<String>();
        for (String value : bad.numbers(2)) {
            ids.add(value);
        }
        ids.add("999999");
        ids.add("2147483647");
        return ids;
    }

    private List<String> orderNumbers() {
        List<String> numbers = bad.texts(2);
        numbers.add("999999");
        numbers.add("-1");
        numbers.add("");
        return numbers;
    }

    private List<String> registrationEmails() {
        List<String> emails = bad.texts(6);
        emails.add(DEMO_EMAIL);
        emails.add(" DEMO@EXAMPLE.COM ");
        emails.add("Demo@Example.com");
        emails.add("not-an-email");
        emails.add("a@");
        emails.add("@example.com");
        emails.add("a b@example.com");
        emails.add(BadInputs.repeat('e', 250) + "@example.com");
        emails.add("");
        return emails;
    }

    private static List<String> withOthers(List<String> values, String... more) {
        List<String> all = new ArrayList<String>(values);
        for (String value : more) {
            all.add(value);
        }
        return all;
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<String, String>(fields);
        changed.put(name, value);
        return changed;
    }

    private static String field(String property) {
        return "fields['" + property + "'].value";
    }

    private static List<String[]> products(Document home) {
        List<String[]> products = new ArrayList<String[]>();
        for (Element form : home.select("form[action$=/cart/add]")) {
            products.add(new String[] {form.selectFirst("input[name=productId]").val(),
                form.selectFirst("input[name=skuId]").val()});
        }
        assertThat(products).as("products on the home page").hasSizeGreaterThanOrEqualTo(4);
        return products;
    }

    private static String customerIdOf(Browser admin, String email) throws IOException {
        Element link = admin.page("/loyalty-customers?q=" + encode(email))
                .selectFirst("#loyalty-customers a:containsOwn(" + email + ")");
        assertThat(link).as("admin search result for " + email).isNotNull();
        return link.attr("href").replaceAll(".*/loyalty-customers/(\\d+).*", "$1");
    }

    private static String shorten(String input) {
        String printable = input.replace("\u0000", "\\0").replace("\n", "\\n");
        return printable.length() <= 60 ? printable
                : printable.substring(0, 40) + "…(" + printable.length() + " chars)";
    }

    private static String encode(String text) {
        try {
            return URLEncoder.encode(text, "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A path segment: spaces as %20, slashes escaped too, so the input stays one segment. */
    private static String encodePath(String text) {
        return encode(text).replace("+", "%20");
    }

    private interface Request {
        Connection.Response send() throws IOException;
    }

    /** One browser session (cookies kept) against the storefront or the admin; posts carry the session's token. */
    static final class Browser {

        private final String baseUrl;
        private final String tokenPage;
        private final Connection session = Jsoup.newSession().timeout(120_000).followRedirects(true)
                .ignoreHttpErrors(true).ignoreContentType(true).maxBodySize(0);
        private String token;

        private Browser(String baseUrl, String tokenPage) {
            this.baseUrl = baseUrl;
            this.tokenPage = tokenPage;
        }

        static Browser storefront(String siteUrl) {
            return new Browser(siteUrl, "/");
        }

        static Browser admin(String adminUrl) {
            return new Browser(adminUrl, "/loyalty-rewards/add");
        }

        Connection.Response get(String path) throws IOException {
            return session.newRequest(baseUrl + path).method(Connection.Method.GET).execute();
        }

        Document page(String path) throws IOException {
            return document(get(path));
        }

        Document document(Connection.Response response) {
            return Jsoup.parse(response.body(), response.url().toString());
        }

        Connection.Response post(String path, boolean withToken, String... fieldsAndValues) throws IOException {
            return postWithToken(path, withToken ? token() : null, fieldsAndValues);
        }

        Connection.Response post(String path, boolean withToken, Map<String, String> fields) throws IOException {
            Connection request = session.newRequest(baseUrl + path).method(Connection.Method.POST).data(fields);
            if (withToken) {
                request.data("csrfToken", token());
            }
            return request.execute();
        }

        /** A POST with this token (none when null), from this shop's home page as a browser would send it. */
        Connection.Response postWithToken(String path, String csrfToken, String... fieldsAndValues)
                throws IOException {
            Connection request = session.newRequest(baseUrl + path).method(Connection.Method.POST)
                    .header("Referer", baseUrl + tokenPage);
            for (int i = 0; i < fieldsAndValues.length; i += 2) {
                request.data(fieldsAndValues[i], fieldsAndValues[i + 1]);
            }
            if (csrfToken != null) {
                request.data("csrfToken", csrfToken);
            }
            return request.execute();
        }

        Map<String, String> formData(String path, String formSelector) throws IOException {
            FormElement form = page(path).select(formSelector).forms().get(0);
            Map<String, String> data = new LinkedHashMap<String, String>();
            for (Connection.KeyVal field : form.formData()) {
                data.put(field.key(), field.value());
            }
            data.remove("csrfToken");
            return data;
        }

        void logIn(String email, String password) throws IOException {
            Document landed = document(post("/login_post.htm", true, "j_username", email, "j_password", password));
            assertThat(landed.select(".login-error")).as("logged in as " + email).isEmpty();
            token = null; // a new session id (and token) at login
        }

        void adminLogIn(String username, String password) throws IOException {
            FormElement login = page("/login").forms().get(0);
            Map<String, String> fields = new LinkedHashMap<String, String>();
            for (Connection.KeyVal field : login.formData()) {
                fields.put(field.key(), field.value());
            }
            fields.put("j_username", username);
            fields.put("j_password", password);
            Connection request = session.newRequest(login.absUrl("action")).method(Connection.Method.POST)
                    .data(fields);
            assertThat(request.execute().url().toString()).doesNotContain("login_error");
            token = null;
        }

        /** Checks the cart out with the cheapest shipping and the demo wallet; returns the order number. */
        String checkOut() throws IOException {
            Document checkout = page("/checkout");
            String option = checkout.selectFirst("input[name=shippingOption]").val();
            post("/checkout/shipping", true, "firstName", "Ana", "lastName", "Pop", "addressLine1", "Strada 1",
                    "city", "Cluj", "postalCode", "400000", "country", "RO", "shippingOption", option);
            Connection.Response confirmation = post("/checkout/complete", true, "demoWallet", "fuzz wallet");
            assertThat(confirmation.url().getPath()).contains("/confirmation/");
            return confirmation.url().getPath().replaceAll(".*/confirmation/", "");
        }

        private String token() throws IOException {
            if (token == null) {
                Element input = page(tokenPage).selectFirst("input[name=csrfToken]");
                assertThat(input).as("a csrfToken on " + tokenPage).isNotNull();
                token = input.val();
            }
            return token;
        }
    }
}
