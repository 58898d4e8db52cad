package com.broadleafloyalty.challenge.domain;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** LOY_CHALLENGE: one row per challenge; deactivated, never deleted (completions refer to it). */
@Entity
@Table(name = "LOY_CHALLENGE")
public class ChallengeImpl implements Challenge {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyChallengeId")
    @GenericGenerator(name = "LoyChallengeId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "ChallengeImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.challenge.domain.ChallengeImpl")
            })
    @Column(name = "CHALLENGE_ID")
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    protected String name;

    @Column(name = "DESCRIPTION", length = 500)
    protected String description;

    @Column(name = "RULE_TYPE", nullable = false, length = 30)
    protected String ruleType;

    @Column(name = "GOAL", nullable = false, precision = 19, scale = 5)
    protected BigDecimal goal;

    @Column(name = "CATEGORY_ID")
    protected Long categoryId;

    @Column(name = "WINDOW_TYPE", nullable = false, length = 30)
    protected String windowType;

    @Column(name = "WINDOW_DAYS", nullable = false)
    protected int windowDays;

    @Temporal(TemporalType.DATE)
    @Column(name = "FIRST_DAY")
    protected Date firstDay;

    @Temporal(TemporalType.DATE)
    @Column(name = "LAST_DAY")
    protected Date lastDay;

    @Column(name = "BONUS_POINTS", nullable = false)
    protected long bonusPoints;

    @Column(name = "BADGE", nullable = false, length = 30)
    protected String badge;

    @Column(name = "ACTIVE", nullable = false)
    protected boolean active;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    protected Date createdAt;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
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
    public String getDescription() {
        return description;
    }

    @Override
    public void setDescription(String description) {
        this.description = description;
    }

    @Override
    public String getRuleType() {
        return ruleType;
    }

    @Override
    public void setRuleType(String ruleType) {
        this.ruleType = ruleType;
    }

    @Override
    public BigDecimal getGoal() {
        return goal;
    }

    @Override
    public void setGoal(BigDecimal goal) {
        this.goal = goal;
    }

    @Override
    public Long getCategoryId() {
        return categoryId;
    }

    @Override
    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    @Override
    public String getWindowType() {
        return windowType;
    }

    @Override
    public void setWindowType(String windowType) {
        this.windowType = windowType;
    }

    @Override
    public int getWindowDays() {
        return windowDays;
    }

    @Override
    public void setWindowDays(int windowDays) {
        this.windowDays = windowDays;
    }

    @Override
    public Date getFirstDay() {
        return firstDay;
    }

    @Override
    public void setFirstDay(Date firstDay) {
        this.firstDay = firstDay;
    }

    @Override
    public Date getLastDay() {
        return lastDay;
    }

    @Override
    public void setLastDay(Date lastDay) {
        this.lastDay = lastDay;
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
    public String getBadge() {
        return badge;
    }

    @Override
    public void setBadge(String badge) {
        this.badge = badge;
    }

    @Override
    public boolean isActive() {
        return active;
    }

    @Override
    public void setActive(boolean active) {
        this.active = active;
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
