package com.broadleafloyalty.webhook.service;

import com.broadleafloyalty.support.event.LoyaltyEvent;
import com.broadleafloyalty.support.event.LoyaltyEventPublisher;
import com.broadleafloyalty.support.persistence.ImmediateInsert;
import com.broadleafloyalty.support.privacy.ErasedCustomers;
import com.broadleafloyalty.webhook.dao.WebhookDao;
import com.broadleafloyalty.webhook.domain.WebhookMessage;
import com.broadleafloyalty.webhook.domain.WebhookMessageImpl;
import com.broadleafloyalty.webhook.domain.WebhookSubscription;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.annotation.Resource;
import javax.persistence.EntityManager;

/**
 * The outbox writer: an event costs one INSERT per interested subscription, on the caller's connection and in its
 * transaction (so a rolled-back checkout sends nothing and a committed one loses nothing), and nothing at all when no
 * active subscription wants it. The active subscriptions are kept in memory and re-read off the shoppers' threads: by
 * the delivery job on each of its runs (so a subscription made on another node is seen within that delay), and at
 * once after a change on this node. A checkout never waits for that read (a timed cache would make one checkout in
 * every expiry pay a SELECT).
 */
public class WebhookPublisher implements LoyaltyEventPublisher {

    static final ObjectMapper JSON = new ObjectMapper();

    @Resource(name = "blLoyaltyWebhookDao")
    protected WebhookDao dao;

    @Resource(name = "blLoyaltyPrivacyService")
    protected ErasedCustomers erasedCustomers;

    private volatile List<Interest> snapshot;

    @Override
    public boolean wants(String type) {
        for (Interest interest : active()) {
            if (interest.events.contains(type)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void publish(EntityManager em, LoyaltyEvent event) {
        final List<WebhookMessage> messages = new ArrayList<WebhookMessage>();
        String eventId = null;
        String payload = null;
        for (Interest interest : active()) {
            if (!interest.events.contains(event.getType())) {
                continue;
            }
            if (payload == null) {
                eventId = UUID.randomUUID().toString();
                payload = payload(eventId, event);
            }
            messages.add(message(interest.subscriptionId, eventId, event, payload));
        }
        // Nothing about a customer whose data was erased (one statement, only when someone wants the event).
        if (!messages.isEmpty() && !erasedCustomers.isErased(event.getCustomerId())) {
            ImmediateInsert.run(em, session -> {
                for (WebhookMessage message : messages) {
                    session.insert(message);
                }
            });
        }
    }

    private static WebhookMessage message(Long subscriptionId, String eventId, LoyaltyEvent event, String payload) {
        Date now = new Date();
        WebhookMessage message = new WebhookMessageImpl();
        message.setEventId(eventId);
        message.setSubscriptionId(subscriptionId);
        message.setEventType(event.getType());
        message.setCustomerId(event.getCustomerId());
        message.setPayload(payload);
        message.setStatus(WebhookStatus.PENDING);
        message.setAttempts(0);
        message.setNextAttemptAt(now);
        message.setCreatedAt(now);
        return message;
    }

    static String payload(String eventId, LoyaltyEvent event) {
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("id", eventId);
        body.put("type", event.getType());
        body.put("createdAt", new Date().toInstant().toString());
        body.put("customerId", event.getCustomerId());
        body.put("data", event.getData());
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("An event's facts must be plain values: " + event.getData(), e);
        }
    }

    private List<Interest> active() {
        List<Interest> current = snapshot;
        if (current == null) {
            current = load(); // only before the delivery job's first run
            snapshot = current;
        }
        return current;
    }

    /** Reads the active subscriptions again (the delivery job, and a change on this node). */
    public void refresh() {
        snapshot = load();
    }

    private List<Interest> load() {
        List<Interest> interests = new ArrayList<Interest>();
        for (WebhookSubscription subscription : dao.readSubscriptions(true)) {
            interests.add(new Interest(subscription.getId(), subscription.getEvents()));
        }
        return Collections.unmodifiableList(interests);
    }

    private static final class Interest {
        final Long subscriptionId;
        final Set<String> events;

        Interest(Long subscriptionId, String events) {
            this.subscriptionId = subscriptionId;
            this.events = new HashSet<String>(Arrays.asList(events.split(",")));
        }
    }
}
