package com.broadleafloyalty.webhook.service;

import com.broadleafloyalty.webhook.core.RetrySchedule;
import com.broadleafloyalty.webhook.dao.WebhookDao;
import com.broadleafloyalty.webhook.domain.WebhookMessage;
import com.broadleafloyalty.webhook.domain.WebhookSubscription;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

/**
 * The background job that sends the outbox, at least once: any node may run it; a message is claimed (a conditional
 * UPDATE) before it is sent, so two nodes do not send it at the same moment. A 2xx answer delivers it; anything else
 * (an error status, a refused connection, a timeout) schedules the next attempt with exponential backoff, and after
 * the retry window the message is FAILED. Runs on its own scheduler thread: a checkout never waits for a receiver.
 */
public class WebhookDelivery {

    private static final Log LOG = LogFactory.getLog(WebhookDelivery.class);

    public static final String EVENT_HEADER = "X-Loyalty-Event";
    public static final String EVENT_ID_HEADER = "X-Loyalty-Event-Id";

    @Resource(name = "blLoyaltyWebhookDao")
    protected WebhookDao dao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "blLoyaltyEventPublisher")
    protected WebhookPublisher publisher;

    private RetrySchedule retries = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(2), Duration.ofDays(1));
    private int timeoutMillis = 10_000;
    private int batchSize = 50;

    /** Sends what is due now; returns how many messages were delivered. */
    public int deliverDue() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.execute(status -> {
            publisher.refresh();
            return null;
        });
        Date now = new Date();
        List<Long> due = transaction.execute(status -> dao.readDueIds(now, batchSize));
        int delivered = 0;
        for (Long id : due) {
            Date claimedAt = new Date();
            Date until = new Date(claimedAt.getTime() + 2L * timeoutMillis + 60_000);
            Boolean claimed = transaction.execute(status -> dao.claim(id, claimedAt, until));
            if (!Boolean.TRUE.equals(claimed)) {
                continue;
            }
            WebhookMessage message = transaction.execute(status -> dao.readMessage(id));
            WebhookSubscription subscription = transaction.execute(status -> dao.readSubscription(
                    message.getSubscriptionId()));
            String failure = subscription == null || !subscription.isActive() ? "The subscription was removed"
                    : send(subscription, message);
            transaction.execute(status -> {
                record(dao.readMessage(id), failure);
                return null;
            });
            delivered += failure == null ? 1 : 0;
        }
        return delivered;
    }

    /** Null when the receiver took it, else why not. */
    String send(WebhookSubscription subscription, WebhookMessage message) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(subscription.getUrl()).openConnection();
            connection.setConnectTimeout(timeoutMillis);
            connection.setReadTimeout(timeoutMillis);
            connection.setInstanceFollowRedirects(false);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            byte[] body = message.getPayload().getBytes(StandardCharsets.UTF_8);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setRequestProperty(EVENT_HEADER, message.getEventType());
            connection.setRequestProperty(EVENT_ID_HEADER, message.getEventId());
            connection.setRequestProperty(WebhookSignature.HEADER, WebhookSignature.header(subscription.getSecret(),
                    System.currentTimeMillis() / 1000, message.getPayload()));
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            drain(status >= 400 ? connection.getErrorStream() : connection.getInputStream());
            return status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (IOException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static void drain(InputStream in) throws IOException {
        if (in != null) {
            try (InputStream stream = in) {
                byte[] buffer = new byte[1024];
                while (stream.read(buffer) > 0) {
                    // read to the end so the connection can be reused
                }
            }
        }
    }

    private void record(WebhookMessage message, String failure) {
        Date now = new Date();
        message.setLockedUntil(null);
        message.setAttempts(message.getAttempts() + 1);
        if (failure == null) {
            message.setStatus(WebhookStatus.DELIVERED);
            message.setDeliveredAt(now);
            message.setLastError(null);
            return;
        }
        message.setLastError(failure.length() > 500 ? failure.substring(0, 500) : failure);
        Instant next = retries.nextAttempt(message.getCreatedAt().toInstant(), message.getAttempts(), now.toInstant());
        if (next == null) {
            message.setStatus(WebhookStatus.FAILED);
            LOG.warn("Webhook " + message.getEventType() + " " + message.getEventId() + " failed for good: " + failure);
        } else {
            message.setNextAttemptAt(Date.from(next));
        }
    }

    public void setRetrySchedule(RetrySchedule retries) {
        this.retries = retries;
    }

    public void setFirstRetrySeconds(long seconds) {
        this.retries = new RetrySchedule(Duration.ofSeconds(seconds), Duration.ofHours(2), Duration.ofDays(1));
    }

    public void setTimeoutMillis(int timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }
}
