package com.broadleafloyalty.campaign.domain;

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

@Entity
@Table(name = "LOY_CAMPAIGN")
public class CampaignImpl implements Campaign {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CampaignImplId")
    @GenericGenerator(name = "CampaignImplId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "CampaignImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.campaign.domain.CampaignImpl")
            })
    @Column(name = "CAMPAIGN_ID")
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    protected String name;

    @Column(name = "STATUS", nullable = false, length = 20)
    protected String status;

    @Column(name = "MIN_TIER", length = 100)
    protected String minTierName;

    @Column(name = "SEGMENT", length = 40)
    protected String segmentName;

    @Column(name = "PHASE", length = 40)
    protected String phaseName;

    @Column(name = "NEWSLETTER_ONLY", nullable = false)
    protected boolean newsletterOnly;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LAST_ORDER_BEFORE")
    protected Date lastOrderBefore;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LAST_ORDER_AFTER")
    protected Date lastOrderAfter;

    @Column(name = "SUBJECT_EN", length = 200)
    protected String subjectEn;

    @Column(name = "BODY_EN", length = 4000)
    protected String bodyEn;

    @Column(name = "SUBJECT_RO", length = 200)
    protected String subjectRo;

    @Column(name = "BODY_RO", length = 4000)
    protected String bodyRo;

    @Column(name = "SUBJECT_PL", length = 200)
    protected String subjectPl;

    @Column(name = "BODY_PL", length = 4000)
    protected String bodyPl;

    @Column(name = "SUBJECT_ES", length = 200)
    protected String subjectEs;

    @Column(name = "BODY_ES", length = 4000)
    protected String bodyEs;

    @Column(name = "BONUS_POINTS", nullable = false)
    protected long bonusPoints;

    @Column(name = "OFFER_ID")
    protected Long offerId;

    @Column(name = "RESULT_DAYS", nullable = false)
    protected int resultDays;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "SCHEDULED_AT")
    protected Date scheduledAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "STARTED_AT")
    protected Date startedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "FINISHED_AT")
    protected Date finishedAt;

    @Column(name = "AUDIENCE_SIZE", nullable = false)
    protected int audienceSize;

    @Column(name = "CREATED_BY", length = 100)
    protected String createdBy;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    protected Date createdAt;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
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
    public String getMinTierName() {
        return minTierName;
    }

    @Override
    public void setMinTierName(String minTierName) {
        this.minTierName = minTierName;
    }

    @Override
    public String getSegmentName() {
        return segmentName;
    }

    @Override
    public void setSegmentName(String segmentName) {
        this.segmentName = segmentName;
    }

    @Override
    public String getPhaseName() {
        return phaseName;
    }

    @Override
    public void setPhaseName(String phaseName) {
        this.phaseName = phaseName;
    }

    @Override
    public boolean isNewsletterOnly() {
        return newsletterOnly;
    }

    @Override
    public void setNewsletterOnly(boolean newsletterOnly) {
        this.newsletterOnly = newsletterOnly;
    }

    @Override
    public Date getLastOrderBefore() {
        return lastOrderBefore;
    }

    @Override
    public void setLastOrderBefore(Date lastOrderBefore) {
        this.lastOrderBefore = lastOrderBefore;
    }

    @Override
    public Date getLastOrderAfter() {
        return lastOrderAfter;
    }

    @Override
    public void setLastOrderAfter(Date lastOrderAfter) {
        this.lastOrderAfter = lastOrderAfter;
    }

    @Override
    public String getSubjectEn() {
        return subjectEn;
    }

    @Override
    public void setSubjectEn(String subjectEn) {
        this.subjectEn = subjectEn;
    }

    @Override
    public String getBodyEn() {
        return bodyEn;
    }

    @Override
    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    @Override
    public String getSubjectRo() {
        return subjectRo;
    }

    @Override
    public void setSubjectRo(String subjectRo) {
        this.subjectRo = subjectRo;
    }

    @Override
    public String getBodyRo() {
        return bodyRo;
    }

    @Override
    public void setBodyRo(String bodyRo) {
        this.bodyRo = bodyRo;
    }

    @Override
    public String getSubjectPl() {
        return subjectPl;
    }

    @Override
    public void setSubjectPl(String subjectPl) {
        this.subjectPl = subjectPl;
    }

    @Override
    public String getBodyPl() {
        return bodyPl;
    }

    @Override
    public void setBodyPl(String bodyPl) {
        this.bodyPl = bodyPl;
    }

    @Override
    public String getSubjectEs() {
        return subjectEs;
    }

    @Override
    public void setSubjectEs(String subjectEs) {
        this.subjectEs = subjectEs;
    }

    @Override
    public String getBodyEs() {
        return bodyEs;
    }

    @Override
    public void setBodyEs(String bodyEs) {
        this.bodyEs = bodyEs;
    }

    @Override
    public long getBonusPoints() {
        return bonusPoints;
    }

    @Override
    public void setBonusPoints(long bonusPoints) {
        this.bonusPoints = bonusPoints;
    }

    @Override
    public Long getOfferId() {
        return offerId;
    }

    @Override
    public void setOfferId(Long offerId) {
        this.offerId = offerId;
    }

    @Override
    public int getResultDays() {
        return resultDays;
    }

    @Override
    public void setResultDays(int resultDays) {
        this.resultDays = resultDays;
    }

    @Override
    public Date getScheduledAt() {
        return scheduledAt;
    }

    @Override
    public void setScheduledAt(Date scheduledAt) {
        this.scheduledAt = scheduledAt;
    }

    @Override
    public Date getStartedAt() {
        return startedAt;
    }

    @Override
    public void setStartedAt(Date startedAt) {
        this.startedAt = startedAt;
    }

    @Override
    public Date getFinishedAt() {
        return finishedAt;
    }

    @Override
    public void setFinishedAt(Date finishedAt) {
        this.finishedAt = finishedAt;
    }

    @Override
    public int getAudienceSize() {
        return audienceSize;
    }

    @Override
    public void setAudienceSize(int audienceSize) {
        this.audienceSize = audienceSize;
    }

    @Override
    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
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
