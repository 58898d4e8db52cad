package com.broadleafloyalty.account.domain;

import com.broadleafloyalty.account.core.ReferralRefusal;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

@Entity
@Table(name = "LOY_REFERRAL", uniqueConstraints = @UniqueConstraint(name = "LOY_REFERRAL_REFEREE_UK",
        columnNames = {"REFEREE_CUSTOMER_ID"}))
@AdminPresentationClass(friendlyName = "ReferralImpl_baseReferral")
public class ReferralImpl implements Referral {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "ReferralId")
    @GenericGenerator(name = "ReferralId", strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "ReferralImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.account.domain.ReferralImpl")
            })
    @Column(name = "REFERRAL_ID")
    @AdminPresentation(friendlyName = "ReferralImpl_Id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "REFERRER_CUSTOMER_ID")
    @Index(name = "LOY_REFERRAL_REFERRER_IDX", columnNames = {"REFERRER_CUSTOMER_ID"})
    @AdminPresentation(friendlyName = "ReferralImpl_Referrer", order = 1000, prominent = true, readOnly = true)
    protected Long referrerCustomerId;

    @Column(name = "REFEREE_CUSTOMER_ID", nullable = false)
    @AdminPresentation(friendlyName = "ReferralImpl_New_Customer", order = 2000, prominent = true, readOnly = true)
    protected Long refereeCustomerId;

    @Column(name = "CODE", nullable = false, length = 40)
    @AdminPresentation(friendlyName = "ReferralImpl_Code", order = 3000, readOnly = true)
    protected String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    @Index(name = "LOY_REFERRAL_STATUS_IDX", columnNames = {"STATUS"})
    @AdminPresentation(friendlyName = "ReferralImpl_Status", order = 4000, prominent = true, readOnly = true)
    protected ReferralStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "REFUSAL", length = 40)
    @AdminPresentation(friendlyName = "ReferralImpl_Refusal", order = 5000, readOnly = true)
    protected ReferralRefusal refusal;

    @Column(name = "ORDER_ID")
    protected Long orderId;

    @Column(name = "REFERRER_POINTS", nullable = false)
    protected long referrerPoints;

    @Column(name = "REFEREE_POINTS", nullable = false)
    protected long refereePoints;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_DATE", nullable = false)
    protected Date createdDate;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "DECIDED_DATE")
    protected Date decidedDate;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long getReferrerCustomerId() {
        return referrerCustomerId;
    }

    @Override
    public void setReferrerCustomerId(Long referrerCustomerId) {
        this.referrerCustomerId = referrerCustomerId;
    }

    @Override
    public Long getRefereeCustomerId() {
        return refereeCustomerId;
    }

    @Override
    public void setRefereeCustomerId(Long refereeCustomerId) {
        this.refereeCustomerId = refereeCustomerId;
    }

    @Override
    public String getCode() {
        return code;
    }

    @Override
    public void setCode(String code) {
        this.code = code;
    }

    @Override
    public ReferralStatus getStatus() {
        return status;
    }

    @Override
    public void setStatus(ReferralStatus status) {
        this.status = status;
    }

    @Override
    public ReferralRefusal getRefusal() {
        return refusal;
    }

    @Override
    public void setRefusal(ReferralRefusal refusal) {
        this.refusal = refusal;
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
    public long getReferrerPoints() {
        return referrerPoints;
    }

    @Override
    public void setReferrerPoints(long points) {
        this.referrerPoints = points;
    }

    @Override
    public long getRefereePoints() {
        return refereePoints;
    }

    @Override
    public void setRefereePoints(long points) {
        this.refereePoints = points;
    }

    @Override
    public Date getCreatedDate() {
        return createdDate;
    }

    @Override
    public void setCreatedDate(Date createdDate) {
        this.createdDate = createdDate;
    }

    @Override
    public Date getDecidedDate() {
        return decidedDate;
    }

    @Override
    public void setDecidedDate(Date decidedDate) {
        this.decidedDate = decidedDate;
    }
}
