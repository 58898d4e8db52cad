package com.broadleafloyalty.webhook.domain;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** A receiver of webhooks: its URL, the event types it wants (comma-separated) and the secret that signs them. */
@Entity
@Table(name = "LOY_WEBHOOK_SUBSCRIPTION")
public class WebhookSubscriptionImpl implements WebhookSubscription {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyWebhookSubscriptionId")
    @GenericGenerator(name = "LoyWebhookSubscriptionId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "WebhookSubscriptionImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.webhook.domain.WebhookSubscriptionImpl")
            })
    @Column(name = "SUBSCRIPTION_ID")
    protected Long id;

    @Column(name = "URL", nullable = false, length = 500)
    protected String url;

    @Column(name = "EVENTS", nullable = false, length = 500)
    protected String events;

    @Column(name = "SECRET", nullable = false, length = 100)
    protected String secret;

    @Column(name = "ACTIVE", nullable = false)
    protected boolean active;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    protected Date createdAt;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getUrl() {
        return url;
    }

    @Override
    public void setUrl(String url) {
        this.url = url;
    }

    @Override
    public String getEvents() {
        return events;
    }

    @Override
    public void setEvents(String events) {
        this.events = events;
    }

    @Override
    public String getSecret() {
        return secret;
    }

    @Override
    public void setSecret(String secret) {
        this.secret = secret;
    }

    @Override
    public boolean isActive() {
        return active;
    }

    @Override
    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public Date getCreatedAt() {
        return createdAt;
    }

    @Override
    public void setCreatedAt(Date createdAt) {
        this.createdAt = createdAt;
    }
}
