package com.broadleafloyalty.segment.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
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
import javax.persistence.UniqueConstraint;

@Entity
@Table(name = CustomerSegmentImpl.TABLE, uniqueConstraints = @UniqueConstraint(name = "LOY_CUSTOMER_SEGMENT_UK",
        columnNames = {"CUSTOMER_ID"}))
public class CustomerSegmentImpl implements CustomerSegment {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "LOY_CUSTOMER_SEGMENT";

    @Id
    @GeneratedValue(generator = "LoyCustomerSegmentId")
    @GenericGenerator(name = "LoyCustomerSegmentId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "CustomerSegmentImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.segment.domain.CustomerSegmentImpl")
            })
    @Column(name = "CUSTOMER_SEGMENT_ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    @AdminPresentation(friendlyName = "Customer id", order = 1000)
    protected Long customerId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "FIRST_ORDER_DATE", nullable = false)
    @AdminPresentation(friendlyName = "First order", order = 2000)
    protected Date firstOrderDate;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LAST_ORDER_DATE", nullable = false)
    @AdminPresentation(friendlyName = "Last order", order = 3000)
    protected Date lastOrderDate;

    @Column(name = "ORDER_COUNT", nullable = false)
    @AdminPresentation(friendlyName = "Orders", order = 4000)
    protected Long orderCount;

    @Column(name = "MONETARY", nullable = false, precision = 19, scale = 5)
    @AdminPresentation(friendlyName = "Monetary", order = 5000)
    protected BigDecimal monetary;

    @Column(name = "R_SCORE")
    @AdminPresentation(friendlyName = "R", order = 6000)
    protected Integer recencyScore;

    @Column(name = "F_SCORE")
    @AdminPresentation(friendlyName = "F", order = 7000)
    protected Integer frequencyScore;

    @Column(name = "M_SCORE")
    @AdminPresentation(friendlyName = "M", order = 8000)
    protected Integer monetaryScore;

    @Column(name = "SEGMENT", length = 40)
    @AdminPresentation(friendlyName = "Segment", order = 9000)
    protected String segment;

    @Column(name = "LIFECYCLE_PHASE", length = 40)
    @AdminPresentation(friendlyName = "Lifecycle phase", order = 10000)
    protected String lifecyclePhase;

    @Column(name = "LAST_ORDER_ID")
    @AdminPresentation(friendlyName = "Last order id", order = 11000)
    protected Long lastOrderId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "COMPUTED_AT", nullable = false)
    @AdminPresentation(friendlyName = "Computed at", order = 12000)
    protected Date computedAt;

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
    public Date getFirstOrderDate() {
        return firstOrderDate;
    }

    @Override
    public void setFirstOrderDate(Date firstOrderDate) {
        this.firstOrderDate = firstOrderDate;
    }

    @Override
    public Date getLastOrderDate() {
        return lastOrderDate;
    }

    @Override
    public void setLastOrderDate(Date lastOrderDate) {
        this.lastOrderDate = lastOrderDate;
    }

    @Override
    public Long getOrderCount() {
        return orderCount;
    }

    @Override
    public void setOrderCount(Long orderCount) {
        this.orderCount = orderCount;
    }

    @Override
    public BigDecimal getMonetary() {
        return monetary;
    }

    @Override
    public void setMonetary(BigDecimal monetary) {
        this.monetary = monetary;
    }

    @Override
    public Integer getRecencyScore() {
        return recencyScore;
    }

    @Override
    public void setRecencyScore(Integer recencyScore) {
        this.recencyScore = recencyScore;
    }

    @Override
    public Integer getFrequencyScore() {
        return frequencyScore;
    }

    @Override
    public void setFrequencyScore(Integer frequencyScore) {
        this.frequencyScore = frequencyScore;
    }

    @Override
    public Integer getMonetaryScore() {
        return monetaryScore;
    }

    @Override
    public void setMonetaryScore(Integer monetaryScore) {
        this.monetaryScore = monetaryScore;
    }

    @Override
    public String getSegment() {
        return segment;
    }

    @Override
    public void setSegment(String segment) {
        this.segment = segment;
    }

    @Override
    public String getLifecyclePhase() {
        return lifecyclePhase;
    }

    @Override
    public void setLifecyclePhase(String lifecyclePhase) {
        this.lifecyclePhase = lifecyclePhase;
    }

    @Override
    public Long getLastOrderId() {
        return lastOrderId;
    }

    @Override
    public void setLastOrderId(Long lastOrderId) {
        this.lastOrderId = lastOrderId;
    }

    @Override
    public Date getComputedAt() {
        return computedAt;
    }

    @Override
    public void setComputedAt(Date computedAt) {
        this.computedAt = computedAt;
    }
}
