package com.broadleafloyalty.engagement.domain;

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
@Table(name = "LOY_ENGAGEMENT_MAIL",
        uniqueConstraints = @UniqueConstraint(name = "LOY_ENGAGEMENT_MAIL_UK", columnNames = "TRIGGER_KEY"))
public class EngagementMailImpl implements EngagementMail {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyEngagementMailId")
    @GenericGenerator(name = "LoyEngagementMailId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "EngagementMailImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.engagement.domain.EngagementMailImpl")
            })
    @Column(name = "MAIL_ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    @Index(name = "LOY_ENGAGEMENT_MAIL_CUST_IX", columnNames = {"CUSTOMER_ID", "SENT_AT"})
    protected Long customerId;

    @Column(name = "CATEGORY", nullable = false, length = 30)
    protected String category;

    @Column(name = "TRIGGER_KEY", nullable = false, length = 120)
    protected String triggerKey;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "SENT_AT", nullable = false)
    protected Date sentAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "OPENED_AT")
    protected Date openedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CLICKED_AT")
    protected Date clickedAt;

    @Column(name = "OPENS", nullable = false)
    protected int opens;

    @Column(name = "CLICKS", nullable = false)
    protected int clicks;

    @Override
    public Long getId() {
        return id;
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
    public String getCategory() {
        return category;
    }

    @Override
    public void setCategory(String category) {
        this.category = category;
    }

    @Override
    public String getTriggerKey() {
        return triggerKey;
    }

    @Override
    public void setTriggerKey(String triggerKey) {
        this.triggerKey = triggerKey;
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
    public Date getOpenedAt() {
        return openedAt;
    }

    @Override
    public void setOpenedAt(Date openedAt) {
        this.openedAt = openedAt;
    }

    @Override
    public Date getClickedAt() {
        return clickedAt;
    }

    @Override
    public void setClickedAt(Date clickedAt) {
        this.clickedAt = clickedAt;
    }

    @Override
    public int getOpens() {
        return opens;
    }

    @Override
    public void setOpens(int opens) {
        this.opens = opens;
    }

    @Override
    public int getClicks() {
        return clicks;
    }

    @Override
    public void setClicks(int clicks) {
        this.clicks = clicks;
    }
}
