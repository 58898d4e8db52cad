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
import javax.persistence.UniqueConstraint;

/** The outbox: one event for one subscription, written in the transaction of the change; PENDING until delivered (DELIVERED) or given up (FAILED). The event id is the receiver's de-duplication key. */
@Entity
@Table(name = "LOY_WEBHOOK_MESSAGE",
        uniqueConstraints = @UniqueConstraint(name = "LOY_WEBHOOK_MESSAGE_UK", columnNames = {"EVENT_ID", "SUBSCRIPTION_ID"}))
public class WebhookMessageImpl implements WebhookMessage {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyWebhookMessageId")
    @GenericGenerator(name = "LoyWebhookMessageId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "WebhookMessageImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.webhook.domain.WebhookMessageImpl")
            })
    @Column(name = "MESSAGE_ID")
    protected Long id;

    @Column(name = "EVENT_ID", nullable = false, length = 36)
    protected String eventId;

    @Column(name = "SUBSCRIPTION_ID", nullable = false)
    protected Long subscriptionId;

    @Column(name = "EVENT_TYPE", nullable = false, length = 40)
    protected String eventType;

    @Column(name = "CUSTOMER_ID")
    protected Long customerId;

    @Column(name = "PAYLOAD", nullable = false, length = 4000)
    protected String payload;

    @Column(name = "STATUS", nullable = false, length = 20)
    protected String status;

    @Column(name = "ATTEMPTS", nullable = false)
    protected int attempts;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    protected Date nextAttemptAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LOCKED_UNTIL")
    protected Date lockedUntil;

    @Column(name = "LAST_ERROR", length = 500)
    protected String lastError;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    protected Date createdAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "DELIVERED_AT")
    protected Date deliveredAt;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getEventId() {
        return eventId;
    }

    @Override
    public void setEventId(String eventId) {
        this.eventId = eventId;
    }

    @Override
    public Long getSubscriptionId() {
        return subscriptionId;
    }

    @Override
    public void setSubscriptionId(Long subscriptionId) {
        this.subscriptionId = subscriptionId;
    }

    @Override
    public String getEventType() {
        return eventType;
    }

    @Override
    public void setEventType(String eventType) {
        this.eventType = eventType;
    }

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    @Override
    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    @Override
    public String getPayload() {
        return payload;
    }

    @Override
    public void setPayload(String payload) {
        this.payload = payload;
    }

    @Override
    public String getStatus() {
        return status;
    }

    @Override
    public void setStatus(String status) {
        this.status = status;
    }

    @Override
    public int getAttempts() {
        return attempts;
    }

    @Override
    public void setAttempts(int attempts) {
        this.attempts = attempts;
    }

    @Override
    public Date getNextAttemptAt() {
        return nextAttemptAt;
    }

    @Override
    public void setNextAttemptAt(Date nextAttemptAt) {
        this.nextAttemptAt = nextAttemptAt;
    }

    @Override
    public Date getLockedUntil() {
        return lockedUntil;
    }

    @Override
    public void setLockedUntil(Date lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    @Override
    public String getLastError() {
        return lastError;
    }

    @Override
    public void setLastError(String lastError) {
        this.lastError = lastError;
    }

    @Override
    public Date getCreatedAt() {
        return createdAt;
    }

    @Override
    public void setCreatedAt(Date createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    public Date getDeliveredAt() {
        return deliveredAt;
    }

    @Override
    public void setDeliveredAt(Date deliveredAt) {
        this.deliveredAt = deliveredAt;
    }
}
