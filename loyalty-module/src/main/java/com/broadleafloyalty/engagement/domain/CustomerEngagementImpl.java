package com.broadleafloyalty.engagement.domain;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** One row per customer, keyed by the customer's id: it is also the lock that serialises a customer's sends. */
@Entity
@Table(name = "LOY_CUSTOMER_ENGAGEMENT")
public class CustomerEngagementImpl implements CustomerEngagement {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "CUSTOMER_ID")
    protected Long customerId;

    @Column(name = "UNSUBSCRIBED", length = 255)
    protected String unsubscribed;

    /** Nullable, so hbm2ddl can add the column to a table that has rows: null is "not opted in". */
    @Column(name = "DIGEST_OPT_IN")
    protected Boolean digestOptIn;

    @Column(name = "MAILS_SENT", nullable = false)
    protected long mailsSent;

    @Column(name = "OPENS", nullable = false)
    protected long opens;

    @Column(name = "CLICKS", nullable = false)
    protected long clicks;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LAST_SENT_AT")
    protected Date lastSentAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LAST_OPENED_AT")
    protected Date lastOpenedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LAST_CLICKED_AT")
    protected Date lastClickedAt;

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    @Override
    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    @Override
    public String getUnsubscribed() {
        return unsubscribed;
    }

    @Override
    public void setUnsubscribed(String unsubscribed) {
        this.unsubscribed = unsubscribed;
    }

    @Override
    public boolean isDigestOptIn() {
        return Boolean.TRUE.equals(digestOptIn);
    }

    @Override
    public void setDigestOptIn(boolean digestOptIn) {
        this.digestOptIn = digestOptIn;
    }

    @Override
    public long getMailsSent() {
        return mailsSent;
    }

    @Override
    public void setMailsSent(long mailsSent) {
        this.mailsSent = mailsSent;
    }

    @Override
    public long getOpens() {
        return opens;
    }

    @Override
    public void setOpens(long opens) {
        this.opens = opens;
    }

    @Override
    public long getClicks() {
        return clicks;
    }

    @Override
    public void setClicks(long clicks) {
        this.clicks = clicks;
    }

    @Override
    public Date getLastSentAt() {
        return lastSentAt;
    }

    @Override
    public void setLastSentAt(Date lastSentAt) {
        this.lastSentAt = lastSentAt;
    }

    @Override
    public Date getLastOpenedAt() {
        return lastOpenedAt;
    }

    @Override
    public void setLastOpenedAt(Date lastOpenedAt) {
        this.lastOpenedAt = lastOpenedAt;
    }

    @Override
    public Date getLastClickedAt() {
        return lastClickedAt;
    }

    @Override
    public void setLastClickedAt(Date lastClickedAt) {
        this.lastClickedAt = lastClickedAt;
    }
}
