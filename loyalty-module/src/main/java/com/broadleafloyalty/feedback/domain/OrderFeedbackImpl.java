package com.broadleafloyalty.feedback.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
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

/**
 * One answer per order, guarded by the database: the unique key on ORDER_ID is what refuses a double submit or a
 * second node, not a check in memory. Answers are never edited, so every field is read-only in the admin.
 */
@Entity
@Table(name = "LOY_ORDER_FEEDBACK",
        uniqueConstraints = @UniqueConstraint(name = "LOY_ORDER_FEEDBACK_ORDER_UK", columnNames = {"ORDER_ID"}))
@AdminPresentationClass(friendlyName = "OrderFeedbackImpl_baseOrderFeedback")
public class OrderFeedbackImpl implements OrderFeedback {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyOrderFeedbackId")
    @GenericGenerator(name = "LoyOrderFeedbackId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "OrderFeedbackImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.feedback.domain.OrderFeedbackImpl")
            })
    @Column(name = "FEEDBACK_ID")
    @AdminPresentation(friendlyName = "OrderFeedbackImpl_Id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "ORDER_ID", nullable = false)
    @AdminPresentation(friendlyName = "OrderFeedbackImpl_Order_Id", readOnly = true, order = 1000)
    protected Long orderId;

    @Column(name = "ORDER_NUMBER", length = 255)
    @AdminPresentation(friendlyName = "OrderFeedbackImpl_Order_Number", readOnly = true, prominent = true,
            gridOrder = 1000, order = 1100)
    protected String orderNumber;

    @Index(name = "LOY_ORDER_FEEDBACK_CUST_IDX", columnNames = {"CUSTOMER_ID"})
    @Column(name = "CUSTOMER_ID", nullable = false)
    @AdminPresentation(friendlyName = "OrderFeedbackImpl_Customer_Id", readOnly = true, prominent = true,
            gridOrder = 2000, order = 2000)
    protected Long customerId;

    @Column(name = "NPS", nullable = false)
    @AdminPresentation(friendlyName = "OrderFeedbackImpl_Nps", readOnly = true, prominent = true, gridOrder = 3000,
            order = 3000)
    protected Integer nps;

    @Column(name = "CSAT", nullable = false)
    @AdminPresentation(friendlyName = "OrderFeedbackImpl_Csat", readOnly = true, prominent = true, gridOrder = 4000,
            order = 4000)
    protected Integer csat;

    @Column(name = "FEEDBACK_COMMENT", length = 1000)
    @AdminPresentation(friendlyName = "OrderFeedbackImpl_Comment", readOnly = true, largeEntry = true, order = 5000)
    protected String comment;

    @Column(name = "REVIEW_POINTS", nullable = false)
    @AdminPresentation(friendlyName = "OrderFeedbackImpl_Review_Points", readOnly = true, order = 6000)
    protected Long reviewPointsAwarded = 0L;

    @Index(name = "LOY_ORDER_FEEDBACK_CREATED_IDX", columnNames = {"CREATED_DATE"})
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_DATE", nullable = false)
    @AdminPresentation(friendlyName = "OrderFeedbackImpl_Created", readOnly = true, prominent = true,
            gridOrder = 5000, order = 7000)
    protected Date createdDate;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long getOrderId() {
        return orderId;
    }

    @Override
    public void setOrderId(Long orderId) {
        this.orderId = orderId;
    }

    @Override
    public String getOrderNumber() {
        return orderNumber;
    }

    @Override
    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
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
    public int getNps() {
        return nps == null ? 0 : nps;
    }

    @Override
    public void setNps(int nps) {
        this.nps = nps;
    }

    @Override
    public int getCsat() {
        return csat == null ? 0 : csat;
    }

    @Override
    public void setCsat(int csat) {
        this.csat = csat;
    }

    @Override
    public String getComment() {
        return comment;
    }

    @Override
    public void setComment(String comment) {
        this.comment = comment;
    }

    @Override
    public long getReviewPointsAwarded() {
        return reviewPointsAwarded == null ? 0L : reviewPointsAwarded;
    }

    @Override
    public void setReviewPointsAwarded(long reviewPointsAwarded) {
        this.reviewPointsAwarded = reviewPointsAwarded;
    }

    @Override
    public Date getCreatedDate() {
        return createdDate;
    }

    @Override
    public void setCreatedDate(Date createdDate) {
        this.createdDate = createdDate;
    }
}
