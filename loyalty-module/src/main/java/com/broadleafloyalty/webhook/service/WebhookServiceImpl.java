package com.broadleafloyalty.webhook.service;

import com.broadleafloyalty.audit.core.AuditKind;
import com.broadleafloyalty.audit.core.AuditedChange;
import com.broadleafloyalty.audit.service.AuditTrail;
import com.broadleafloyalty.support.core.LoyaltyRefusal;
import com.broadleafloyalty.support.event.LoyaltyEvent;
import com.broadleafloyalty.webhook.dao.WebhookDao;
import com.broadleafloyalty.webhook.domain.WebhookMessage;
import com.broadleafloyalty.webhook.domain.WebhookSubscription;
import com.broadleafloyalty.webhook.domain.WebhookSubscriptionImpl;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.Resource;

public class WebhookServiceImpl implements WebhookService {

    static final List<String> EVENT_TYPES = Collections.unmodifiableList(Arrays.asList(LoyaltyEvent.POINTS_EARNED,
            LoyaltyEvent.POINTS_REDEEMED, LoyaltyEvent.POINTS_EXPIRED, LoyaltyEvent.POINTS_ADJUSTED,
            LoyaltyEvent.POINTS_CLAWED_BACK, LoyaltyEvent.BALANCE_CHANGED, LoyaltyEvent.TIER_CHANGED,
            LoyaltyEvent.REWARD_REDEEMED, LoyaltyEvent.REFERRAL_REWARDED, LoyaltyEvent.FEEDBACK_RECEIVED));

    @Resource(name = "blLoyaltyWebhookDao")
    protected WebhookDao dao;

    @Resource(name = "blLoyaltyEventPublisher")
    protected WebhookPublisher publisher;

    @Resource(name = "blLoyaltyAuditTrail")
    protected AuditTrail audit;

    @Override
    public List<String> eventTypes() {
        return EVENT_TYPES;
    }

    @Override
    @Transactional("blTransactionManager")
    public WebhookSubscription subscribe(String url, String events, String secret) {
        String target = url == null ? "" : url.trim();
        try {
            URI uri = new URI(target);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || target.length() > 500) {
                throw new URISyntaxException(target, "not http(s)");
            }
        } catch (URISyntaxException e) {
            throw new LoyaltyRefusal("loyalty.webhook.badUrl", target);
        }
        Set<String> wanted = new LinkedHashSet<String>();
        for (String type : (events == null ? "" : events).split("[,\\s]+")) {
            if (type.isEmpty()) {
                continue;
            }
            if (!EVENT_TYPES.contains(type)) {
                throw new LoyaltyRefusal("loyalty.webhook.unknownEvent", type, String.join(", ", EVENT_TYPES));
            }
            wanted.add(type);
        }
        if (wanted.isEmpty()) {
            throw new LoyaltyRefusal("loyalty.webhook.noEvent", String.join(", ", EVENT_TYPES));
        }
        if (secret == null || secret.length() < 16 || secret.length() > 100) {
            throw new LoyaltyRefusal("loyalty.webhook.secretLength");
        }
        WebhookSubscription subscription = new WebhookSubscriptionImpl();
        subscription.setUrl(target);
        subscription.setEvents(String.join(",", wanted));
        subscription.setSecret(secret);
        subscription.setActive(true);
        subscription.setCreatedAt(new Date());
        WebhookSubscription saved = dao.save(subscription);
        publisher.refresh();
        return saved;
    }

    @Override
    @Transactional("blTransactionManager")
    public WebhookSubscription subscribe(String url, String events, String secret, String adminLogin) {
        WebhookSubscription saved = subscribe(url, events, secret);
        audit.record(adminLogin, AuditedChange.of(AuditKind.WEBHOOK_CHANGED, "WebhookSubscription", saved.getId())
                .after("url", saved.getUrl()).after("events", saved.getEvents()).after("active", Boolean.TRUE));
        return saved;
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean unsubscribe(Long subscriptionId, String adminLogin) {
        if (!unsubscribe(subscriptionId)) {
            return false;
        }
        audit.record(adminLogin, AuditedChange.of(AuditKind.WEBHOOK_CHANGED, "WebhookSubscription", subscriptionId)
                .before("active", Boolean.TRUE).after("active", Boolean.FALSE));
        return true;
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean unsubscribe(Long subscriptionId) {
        WebhookSubscription subscription = subscriptionId == null ? null : dao.readSubscription(subscriptionId);
        if (subscription == null || !subscription.isActive()) {
            return false;
        }
        subscription.setActive(false);
        dao.save(subscription);
        publisher.refresh();
        return true;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<WebhookSubscription> subscriptions() {
        return dao.readSubscriptions(false);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<WebhookMessage> failed(int limit) {
        return dao.readByStatus(WebhookStatus.FAILED, limit);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<WebhookMessage> messagesOf(Long subscriptionId) {
        return dao.readForSubscription(subscriptionId);
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean resend(Long messageId) {
        return resend(messageId, null);
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean resend(Long messageId, String adminLogin) {
        WebhookMessage message = messageId == null ? null : dao.readMessage(messageId);
        if (message == null || !WebhookStatus.FAILED.equals(message.getStatus())) {
            return false;
        }
        Date now = new Date();
        message.setStatus(WebhookStatus.PENDING);
        message.setAttempts(0);
        message.setNextAttemptAt(now);
        message.setCreatedAt(now); // the retry window starts again; the payload keeps the event's own time
        message.setLockedUntil(null);
        if (adminLogin != null) {
            audit.record(adminLogin, AuditedChange.of(AuditKind.WEBHOOK_CHANGED, "WebhookMessage", messageId)
                    .before("status", WebhookStatus.FAILED).after("status", WebhookStatus.PENDING));
        }
        return true;
    }
}
