package com.broadleafloyalty.webhook.domain;

import java.io.Serializable;
import java.util.Date;

/** A receiver of webhooks: its URL, the event types it wants (comma-separated) and the secret that signs them. */
public interface WebhookSubscription extends Serializable {

    Long getId();

    String getUrl();

    void setUrl(String url);

    String getEvents();

    void setEvents(String events);

    String getSecret();

    void setSecret(String secret);

    boolean isActive();

    void setActive(boolean active);

    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}
