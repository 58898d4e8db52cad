package com.broadleafloyalty.vip.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
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
import javax.persistence.UniqueConstraint;

/**
 * Owner of a Broadleaf offer code. OFFER_CODE_ID is unique (a code has one owner) and (OFFER_ID, CUSTOMER_ID) is
 * unique (one personal code per customer and offer), so issuing twice, or on two nodes at once, never issues twice.
 */
@Entity
@Table(name = "LOY_PERSONAL_CODE", uniqueConstraints = {
    @UniqueConstraint(name = "LOY_PERSONAL_CODE_CODE_UK", columnNames = "OFFER_CODE_ID"),
    @UniqueConstraint(name = "LOY_PERSONAL_CODE_OWNER_UK", columnNames = {"OFFER_ID", "CUSTOMER_ID"})
})
@AdminPresentationClass(friendlyName = "PersonalCodeImpl_basePersonalCode")
public class PersonalCodeImpl implements PersonalCode {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyPersonalCodeId")
    @GenericGenerator(name = "LoyPersonalCodeId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "PersonalCodeImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.vip.domain.PersonalCodeImpl")
            })
    @Column(name = "PERSONAL_CODE_ID")
    @AdminPresentation(friendlyName = "PersonalCodeImpl_Id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "OFFER_CODE_ID", nullable = false)
    @AdminPresentation(friendlyName = "PersonalCodeImpl_Offer_Code_Id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long offerCodeId;

    @Column(name = "OFFER_ID", nullable = false)
    @AdminPresentation(friendlyName = "PersonalCodeImpl_Offer_Id", order = 1000, prominent = true, gridOrder = 1000,
            readOnly = true)
    protected Long offerId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    @AdminPresentation(friendlyName = "PersonalCodeImpl_Customer_Id", order = 2000, prominent = true, gridOrder = 2000,
            readOnly = true)
    protected Long customerId;

    @Column(name = "CODE", nullable = false, length = 100)
    @AdminPresentation(friendlyName = "PersonalCodeImpl_Code", order = 3000, prominent = true, gridOrder = 3000,
            readOnly = true)
    protected String code;

    @Column(name = "ISSUED_TO_SEGMENT", length = 100)
    @AdminPresentation(friendlyName = "PersonalCodeImpl_Segment", order = 4000, prominent = true, gridOrder = 4000,
            readOnly = true)
    protected String issuedToSegment;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_DATE", nullable = false)
    @AdminPresentation(friendlyName = "PersonalCodeImpl_Created", order = 5000, prominent = true, gridOrder = 5000,
            readOnly = true)
    protected Date createdDate;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long getOfferCodeId() {
        return offerCodeId;
    }

    @Override
    public void setOfferCodeId(Long offerCodeId) {
        this.offerCodeId = offerCodeId;
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
    public Long getCustomerId() {
        return customerId;
    }

    @Override
    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
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
    public String getIssuedToSegment() {
        return issuedToSegment;
    }

    @Override
    public void setIssuedToSegment(String issuedToSegment) {
        this.issuedToSegment = issuedToSegment;
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
