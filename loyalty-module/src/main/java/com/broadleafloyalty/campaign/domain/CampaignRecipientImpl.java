package com.broadleafloyalty.campaign.domain;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
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

@Entity
@Table(name = "LOY_CAMPAIGN_RECIPIENT",
        uniqueConstraints = @UniqueConstraint(name = "LOY_CAMPAIGN_RECIPIENT_UK",
                columnNames = {"CAMPAIGN_ID", "CUSTOMER_ID"}))
public class CampaignRecipientImpl implements CampaignRecipient {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CampaignRecipientImplId")
    @GenericGenerator(name = "CampaignRecipientImplId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "CampaignRecipientImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.campaign.domain.CampaignRecipientImpl")
            })
    @Column(name = "RECIPIENT_ID")
    protected Long id;

    @Index(name = "LOY_CAMPAIGN_RCPT_STATUS_IX", columnNames = {"CAMPAIGN_ID", "STATUS"})
    @Column(name = "CAMPAIGN_ID", nullable = false)
    protected Long campaignId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "STATUS", nullable = false, length = 20)
    protected String status;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CLAIMED_AT")
    protected Date claimedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "SENT_AT")
    protected Date sentAt;

    /** Nullable so that {@code hbm2ddl update} can add it to a table that has rows (null reads as 0). */
    @Column(name = "FAILED_ATTEMPTS")
    protected Integer failedAttempts;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "RETRY_AT")
    protected Date retryAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ORDER_WINDOW_END")
    protected Date orderWindowEnd;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long getCampaignId() {
        return campaignId;
    }

    @Override
    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
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
    public String getStatus() {
        return status;
    }

    @Override
    public void setStatus(String status) {
        this.status = status;
    }

    @Override
    public Date getClaimedAt() {
        return claimedAt;
    }

    @Override
    public void setClaimedAt(Date claimedAt) {
        this.claimedAt = claimedAt;
    }

    @Override
    public Date getSentAt() {
        return sentAt;
    }

    @Override
    public void setSentAt(Date sentAt) {
        this.sentAt = sentAt;
    }

    @Override
    public int getFailedAttempts() {
        return failedAttempts == null ? 0 : failedAttempts;
    }

    @Override
    public void setFailedAttempts(int failedAttempts) {
        this.failedAttempts = failedAttempts;
    }

    @Override
    public Date getRetryAt() {
        return retryAt;
    }

    @Override
    public void setRetryAt(Date retryAt) {
        this.retryAt = retryAt;
    }

    @Override
    public Date getOrderWindowEnd() {
        return orderWindowEnd;
    }

    @Override
    public void setOrderWindowEnd(Date orderWindowEnd) {
        this.orderWindowEnd = orderWindowEnd;
    }
}
