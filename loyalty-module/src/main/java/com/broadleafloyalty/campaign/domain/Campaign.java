package com.broadleafloyalty.campaign.domain;

import java.io.Serializable;
import java.util.Date;

/** An admin's email campaign: its audience, its text per language, what it attaches, its schedule and state. */
public interface Campaign extends Serializable {

    Long getId();

    String getName();

    void setName(String name);

    String getStatus();

    void setStatus(String status);

    String getMinTierName();

    void setMinTierName(String minTierName);

    String getSegmentName();

    void setSegmentName(String segmentName);

    String getPhaseName();

    void setPhaseName(String phaseName);

    boolean isNewsletterOnly();

    void setNewsletterOnly(boolean newsletterOnly);

    Date getLastOrderBefore();

    void setLastOrderBefore(Date lastOrderBefore);

    Date getLastOrderAfter();

    void setLastOrderAfter(Date lastOrderAfter);

    String getSubjectEn();

    void setSubjectEn(String subjectEn);

    String getBodyEn();

    void setBodyEn(String bodyEn);

    String getSubjectRo();

    void setSubjectRo(String subjectRo);

    String getBodyRo();

    void setBodyRo(String bodyRo);

    String getSubjectPl();

    void setSubjectPl(String subjectPl);

    String getBodyPl();

    void setBodyPl(String bodyPl);

    String getSubjectEs();

    void setSubjectEs(String subjectEs);

    String getBodyEs();

    void setBodyEs(String bodyEs);

    long getBonusPoints();

    void setBonusPoints(long bonusPoints);

    Long getOfferId();

    void setOfferId(Long offerId);

    int getResultDays();

    void setResultDays(int resultDays);

    Date getScheduledAt();

    void setScheduledAt(Date scheduledAt);

    Date getStartedAt();

    void setStartedAt(Date startedAt);

    Date getFinishedAt();

    void setFinishedAt(Date finishedAt);

    int getAudienceSize();

    void setAudienceSize(int audienceSize);

    String getCreatedBy();

    void setCreatedBy(String createdBy);

    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}
