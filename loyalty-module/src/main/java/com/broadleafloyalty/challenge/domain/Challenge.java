package com.broadleafloyalty.challenge.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/**
 * An admin-defined challenge: a goal of one rule type within a window, granting a badge and optional bonus points.
 * Name and description are the admin's own words (shown escaped); rule type, window type and badge are enum names.
 */
public interface Challenge extends Serializable {

    Long getId();

    void setId(Long id);

    String getName();

    void setName(String name);

    String getDescription();

    void setDescription(String description);

    String getRuleType();

    void setRuleType(String ruleType);

    BigDecimal getGoal();

    void setGoal(BigDecimal goal);

    Long getCategoryId();

    void setCategoryId(Long categoryId);

    String getWindowType();

    void setWindowType(String windowType);

    int getWindowDays();

    void setWindowDays(int windowDays);

    Date getFirstDay();

    void setFirstDay(Date firstDay);

    Date getLastDay();

    void setLastDay(Date lastDay);

    long getBonusPoints();

    void setBonusPoints(long bonusPoints);

    String getBadge();

    void setBadge(String badge);

    boolean isActive();

    void setActive(boolean active);

    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}
