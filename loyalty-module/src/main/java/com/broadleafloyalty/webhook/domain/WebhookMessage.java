package com.broadleafloyalty.webhook.domain;

import java.io.Serializable;
import java.util.Date;

/** The outbox: one event for one subscription, written in the transaction of the change; PENDING until delivered (DELIVERED) or given up (FAILED). The event id is the receiver's de-duplication key. */
public interface WebhookMessage extends Serializable {

    Long getId();

    String getEventId();

    void setEventId(String eventId);

    Long getSubscriptionId();

    void setSubscriptionId(Long subscriptionId);

    String getEventType();

    void setEventType(String eventType);

    Long getCustomerId();

    void setCustomerId(Long customerId);

    String getPayload();

    void setPayload(String payload);

    String getStatus();

    void setStatus(String status);

    int getAttempts();

    void setAttempts(int attempts);

    Date getNextAttemptAt();

    void setNextAttemptAt(Date nextAttemptAt);

    Date getLockedUntil();

    void setLockedUntil(Date lockedUntil);

    String getLastError();

    void setLastError(String lastError);

    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    Date getDeliveredAt();

    void setDeliveredAt(Date deliveredAt);
}
