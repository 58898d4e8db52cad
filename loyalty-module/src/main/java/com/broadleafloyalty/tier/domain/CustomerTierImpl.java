package com.broadleafloyalty.tier.domain;

import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Keyed by the customer id rather than a generated id: uniqueness per customer is the primary key, and a lookup is
 * {@code EntityManager.find}, which the persistence context answers without SQL the second time in a request (the
 * checkout's multiplier lookup and its evaluation share one read).
 */
@Entity
@Table(name = "LOY_CUSTOMER_TIER")
public class CustomerTierImpl implements CustomerTier {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "CUSTOMER_ID")
    protected Long customerId;

    @Column(name = "TIER_ID")
    protected Long tierId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "SINCE_DATE")
    protected Date since;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "DOWNGRADE_DUE")
    protected Date downgradeDue;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "GRACE_STARTED")
    protected Date graceStarted;

    @Column(name = "WINDOW_POINTS", nullable = false)
    protected long windowPoints;

    @Column(name = "WINDOW_SPEND", nullable = false, precision = 19, scale = 5)
    protected BigDecimal windowSpend = BigDecimal.ZERO;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "EVALUATED_DATE")
    protected Date evaluatedDate;

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    @Override
    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    @Override
    public Long getTierId() {
        return tierId;
    }

    @Override
    public void setTierId(Long tierId) {
        this.tierId = tierId;
    }

    @Override
    public Date getSince() {
        return since;
    }

    @Override
    public void setSince(Date since) {
        this.since = since;
    }

    @Override
    public Date getDowngradeDue() {
        return downgradeDue;
    }

    @Override
    public void setDowngradeDue(Date downgradeDue) {
        this.downgradeDue = downgradeDue;
    }

    @Override
    public Date getGraceStarted() {
        return graceStarted;
    }

    @Override
    public void setGraceStarted(Date graceStarted) {
        this.graceStarted = graceStarted;
    }

    @Override
    public long getWindowPoints() {
        return windowPoints;
    }

    @Override
    public void setWindowPoints(long windowPoints) {
        this.windowPoints = windowPoints;
    }

    @Override
    public BigDecimal getWindowSpend() {
        return windowSpend;
    }

    @Override
    public void setWindowSpend(BigDecimal windowSpend) {
        this.windowSpend = windowSpend;
    }

    @Override
    public Date getEvaluatedDate() {
        return evaluatedDate;
    }

    @Override
    public void setEvaluatedDate(Date evaluatedDate) {
        this.evaluatedDate = evaluatedDate;
    }
}
