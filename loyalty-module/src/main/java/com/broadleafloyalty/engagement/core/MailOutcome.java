package com.broadleafloyalty.engagement.core;

/** What became of one request to send a customer an email. Only {@link #SENT} means a mail went out. */
public enum MailOutcome {
    SENT,
    /** The trigger's key is taken: this email went (or is going) already, from this node or another. */
    ALREADY_SENT,
    UNSUBSCRIBED,
    /** The per-customer frequency cap is reached; a later trigger may send. */
    CAPPED,
    /** The category is switched off, the site has no mail server, or the customer has no address. */
    NOT_SENDABLE,
    /** The mail server refused it; the trigger's key is freed so the next run retries. */
    FAILED;

    public boolean isSent() {
        return this == SENT;
    }
}
