package com.broadleafloyalty.engagement.service;

import java.util.Date;

/** One received email as the Outbox page lists and shows it. */
public final class OutboxMail {

    private final int id;
    private final String to;
    private final String subject;
    private final Date receivedAt;
    private final String html;

    public OutboxMail(int id, String to, String subject, Date receivedAt, String html) {
        this.id = id;
        this.to = to;
        this.subject = subject;
        this.receivedAt = receivedAt == null ? null : new Date(receivedAt.getTime());
        this.html = html;
    }

    public int getId() {
        return id;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public Date getReceivedAt() {
        return receivedAt == null ? null : new Date(receivedAt.getTime());
    }

    public String getHtml() {
        return html;
    }
}
