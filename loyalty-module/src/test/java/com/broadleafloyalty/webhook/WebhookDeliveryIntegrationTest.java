package com.broadleafloyalty.webhook;

import com.broadleafloyalty.ledger.service.PointsAdjustmentService;
import com.broadleafloyalty.support.event.LoyaltyEvent;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.Messages;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.SwitchableFailingActivity;
import com.broadleafloyalty.webhook.core.RetrySchedule;
import com.broadleafloyalty.webhook.domain.WebhookMessage;
import com.broadleafloyalty.webhook.domain.WebhookSubscription;
import com.broadleafloyalty.webhook.service.WebhookDelivery;
import com.broadleafloyalty.webhook.service.WebhookService;
import com.broadleafloyalty.webhook.service.WebhookStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhooks against a real HTTP receiver on loopback (the JDK's HTTP server): the outbox written with the change, the
 * signature, retries through an error and a timeout, de-duplication ids, giving up and "resend".
 */
class WebhookDeliveryIntegrationTest {

    private static final String SECRET = "whsec-test-0123456789";
    private static final int TIMEOUT_MILLIS = 1000;

    private static HttpServer receiver;
    private static final List<Received> received = new CopyOnWriteArrayList<Received>();
    /** What the receiver does with the next calls: an HTTP status, or -1 to answer too late; then 200. */
    private static final ConcurrentLinkedDeque<Integer> script = new ConcurrentLinkedDeque<Integer>();

    private final ShopFixture shop = new ShopFixture();
    private final WebhookService webhooks = LoyaltyTestContext.bean("blLoyaltyWebhookService", WebhookService.class);
    private final WebhookDelivery delivery = LoyaltyTestContext.target("blLoyaltyWebhookDelivery",
            WebhookDelivery.class);
    private final PointsAdjustmentService adjustments = LoyaltyTestContext.bean("blLoyaltyPointsAdjustmentService",
            PointsAdjustmentService.class);
    private final List<WebhookSubscription> subscribed = new ArrayList<WebhookSubscription>();

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = read(exchange.getRequestBody());
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Loyalty-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Loyalty-Event-Id"),
                    exchange.getRequestHeaders().getFirst("X-Loyalty-Event"), body));
            Integer next = script.poll();
            int status = next == null ? 200 : next;
            if (status < 0) {
                sleep(TIMEOUT_MILLIS * 3);
                status = 200;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    @BeforeEach
    void fastRetries() {
        delivery.setTimeoutMillis(TIMEOUT_MILLIS);
        delivery.setRetrySchedule(new RetrySchedule(Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofDays(1)));
        received.clear();
        script.clear();
    }

    @AfterEach
    void unsubscribe() {
        // Other tests in this JVM count statements: no subscription may outlive its test.
        for (WebhookSubscription subscription : subscribed) {
            webhooks.unsubscribe(subscription.getId());
        }
        delivery.setTimeoutMillis(10_000);
        delivery.setFirstRetrySeconds(30);
        SwitchableFailingActivity.disarm();
    }

    private WebhookSubscription subscribe(String events) {
        WebhookSubscription subscription = webhooks.subscribe(url(), events, SECRET);
        subscribed.add(subscription);
        return subscription;
    }

    private static String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    @Test
    void shouldDeliverSignedEventsAtLeastOnceThroughAnErrorAndATimeout() throws Exception {
        WebhookSubscription subscription = subscribe("points.adjusted,balance.changed");
        Customer customer = shop.registeredCustomer();
        adjustments.adjust(customer.getId(), "25", "Goodwill", "admin");
        List<WebhookMessage> written = webhooks.messagesOf(subscription.getId());
        assertThat(written).extracting(WebhookMessage::getEventType)
                .containsExactly(LoyaltyEvent.POINTS_ADJUSTED, LoyaltyEvent.BALANCE_CHANGED);
        assertThat(written).extracting(WebhookMessage::getStatus).containsOnly(WebhookStatus.PENDING);

        script.add(500);
        script.add(-1);
        assertThat(delivery.deliverDue()).isZero();
        List<WebhookMessage> failedOnce = webhooks.messagesOf(subscription.getId());
        assertThat(failedOnce).extracting(WebhookMessage::getAttempts).containsOnly(1);
        assertThat(failedOnce.get(0).getLastError()).isEqualTo("HTTP 500");
        assertThat(failedOnce.get(1).getLastError()).contains("timed out");

        Thread.sleep(5);
        assertThat(delivery.deliverDue()).isEqualTo(2);
        assertThat(webhooks.messagesOf(subscription.getId())).extracting(WebhookMessage::getStatus)
                .containsOnly(WebhookStatus.DELIVERED);
        assertThat(delivery.deliverDue()).isZero();

        assertThat(received).hasSize(4);
        for (Received call : received) {
            call.assertSigned();
            JsonNode body = new ObjectMapper().readTree(call.body);
            assertThat(body.path("id").asText()).isEqualTo(call.eventId);
            assertThat(body.path("type").asText()).isEqualTo(call.eventType);
            assertThat(body.path("customerId").asLong()).isEqualTo(customer.getId());
        }
        // A retry carries the same event id: the receiver's key for de-duplication.
        assertThat(received.stream().map(call -> call.eventId).distinct().count()).isEqualTo(2);
        JsonNode adjusted = new ObjectMapper().readTree(received.stream()
                .filter(call -> LoyaltyEvent.POINTS_ADJUSTED.equals(call.eventType)).findFirst().get().body);
        assertThat(adjusted.path("data").path("points").asLong()).isEqualTo(25);
        assertThat(adjusted.path("data").path("reason").asText()).isEqualTo("Goodwill");
    }

    @Test
    void shouldWriteNothingForARolledBackCheckoutAndOneEventForACompletedOne() throws Exception {
        WebhookSubscription subscription = subscribe("points.earned");
        Customer customer = shop.registeredCustomer();
        SwitchableFailingActivity.failNextCheckout();
        assertThatThrownBy(() -> OpenEntityManager.call(() -> shop.paidCheckout(customer, "100.00", 1)))
                .hasCauseInstanceOf(CheckoutException.class);
        assertThat(messagesFor(subscription, customer)).isEmpty();

        Customer another = shop.registeredCustomer();
        OpenEntityManager.call(() -> shop.paidCheckout(another, "100.00", 1));
        assertThat(messagesFor(subscription, customer)).isEmpty();
        List<WebhookMessage> earned = messagesFor(subscription, another);
        assertThat(earned).hasSize(1);
        assertThat(earned.get(0).getEventType()).isEqualTo(LoyaltyEvent.POINTS_EARNED);
        assertThat(delivery.deliverDue()).isGreaterThanOrEqualTo(1);
        assertThat(received).extracting(call -> call.eventId).contains(earned.get(0).getEventId());
    }

    @Test
    void shouldFailAMessageAfterTheRetryWindowAndResendItOnRequest() throws Exception {
        delivery.setRetrySchedule(new RetrySchedule(Duration.ofMillis(1), Duration.ofMillis(1), Duration.ZERO));
        WebhookSubscription subscription = subscribe("points.adjusted");
        Customer customer = shop.registeredCustomer();
        adjustments.adjust(customer.getId(), "7", "Goodwill", "admin");
        script.add(503);
        assertThat(delivery.deliverDue()).isZero();
        WebhookMessage failed = webhooks.messagesOf(subscription.getId()).get(0);
        assertThat(failed.getStatus()).isEqualTo(WebhookStatus.FAILED);
        assertThat(webhooks.failed(100)).extracting(WebhookMessage::getId).contains(failed.getId());
        assertThat(delivery.deliverDue()).isZero(); // failed is not retried by itself

        assertThat(webhooks.resend(failed.getId())).isTrue();
        assertThat(webhooks.resend(failed.getId())).isFalse(); // pending again, not failed
        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(webhooks.messagesOf(subscription.getId()).get(0).getStatus()).isEqualTo(WebhookStatus.DELIVERED);
        assertThat(received).hasSize(2);
        assertThat(received.get(0).eventId).isEqualTo(received.get(1).eventId);
    }

    @Test
    void shouldRefuseABadSubscription() {
        assertThat(Messages.englishRefusal(() -> webhooks.subscribe("ftp://example.com/x", "points.earned", SECRET)))
                .isEqualTo("\"ftp://example.com/x\" is not an http or https address.");
        assertThat(Messages.englishRefusal(() -> webhooks.subscribe(url(), "points.stolen", SECRET)))
                .startsWith("There is no event \"points.stolen\": choose from points.earned, ");
        assertThat(Messages.englishRefusal(() -> webhooks.subscribe(url(), " , ", SECRET)))
                .startsWith("Choose at least one event: ");
        assertThat(Messages.refusalIn(Messages.POLISH, () -> webhooks.subscribe(url(), "points.earned", "short")))
                .isEqualTo("Sekret podpisu musi mieć od 16 do 100 znaków.");
        assertThat(webhooks.subscriptions()).noneMatch(s -> s.getUrl().startsWith("ftp:"));
    }

    private List<WebhookMessage> messagesFor(WebhookSubscription subscription, Customer customer) {
        return webhooks.messagesOf(subscription.getId()).stream()
                .filter(message -> customer.getId().equals(message.getCustomerId())).collect(Collectors.toList());
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        for (int n; (n = in.read(buffer)) > 0;) {
            bytes.write(buffer, 0, n);
        }
        return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Received {
        final String signature;
        final String eventId;
        final String eventType;
        final String body;

        Received(String signature, String eventId, String eventType, String body) {
            this.signature = signature;
            this.eventId = eventId;
            this.eventType = eventType;
            this.body = body;
        }

        /** Checked as a receiver would, with its own HMAC: t=<seconds>,v1=<hex HMAC-SHA256 of "t.body">. */
        void assertSigned() throws Exception {
            assertThat(signature).matches("t=\\d+,v1=[0-9a-f]{64}");
            String t = signature.substring(2, signature.indexOf(','));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            StringBuilder hex = new StringBuilder();
            for (byte b : mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8))) {
                hex.append(String.format("%02x", b));
            }
            assertThat(signature.substring(signature.indexOf("v1=") + 3)).isEqualTo(hex.toString());
            assertThat(Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(t))).isLessThan(60);
        }
    }
}
