package com.broadleafloyalty.privacy.domain;

import com.broadleafloyalty.privacy.core.PrivacyRequestKind;
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
@Table(name = "LOY_PRIVACY_REQUEST", uniqueConstraints = @UniqueConstraint(name = "LOY_PRIVACY_REQUEST_KEY_UK",
        columnNames = {"REQUEST_KEY"}))
public class PrivacyRequestImpl implements PrivacyRequest {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyPrivacyRequestId")
    @GenericGenerator(name = "LoyPrivacyRequestId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "PrivacyRequestImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.privacy.domain.PrivacyRequestImpl")
            })
    @Column(name = "REQUEST_ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    @Index(name = "LOY_PRIVACY_REQUEST_CUST_IDX", columnNames = {"CUSTOMER_ID"})
    protected Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    protected PrivacyRequestKind kind;

    @Column(name = "REQUEST_KEY", nullable = false, length = 100)
    protected String requestKey;

    @Column(name = "REQUESTED_BY", nullable = false, length = 255)
    protected String requestedBy;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REQUESTED_AT", nullable = false)
    protected Date requestedAt;

    @Column(name = "RECORDS", nullable = false)
    protected long records;

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
    public PrivacyRequestKind getKind() {
        return kind;
    }

    @Override
    public void setKind(PrivacyRequestKind kind) {
        this.kind = kind;
    }

    @Override
    public String getRequestKey() {
        return requestKey;
    }

    @Override
    public void setRequestKey(String requestKey) {
        this.requestKey = requestKey;
    }

    @Override
    public String getRequestedBy() {
        return requestedBy;
    }

    @Override
    public void setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
    }

    @Override
    public Date getRequestedAt() {
        return requestedAt;
    }

    @Override
    public void setRequestedAt(Date requestedAt) {
        this.requestedAt = requestedAt;
    }

    @Override
    public long getRecords() {
        return records;
    }

    @Override
    public void setRecords(long records) {
        this.records = records;
    }
}
