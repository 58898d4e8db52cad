package com.broadleafloyalty.audit.domain;

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

/**
 * LOY_AUDIT_ENTRY: written once, in the transaction of the change it records, and never updated or deleted by the
 * module. No admin entity section shows it (it is not {@code @AdminPresentation}-editable): Loyalty > Audit log reads
 * it through the audit service.
 */
@Entity
@Table(name = "LOY_AUDIT_ENTRY")
public class AuditEntryImpl implements AuditEntry {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyAuditEntryId")
    @GenericGenerator(name = "LoyAuditEntryId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "AuditEntryImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.audit.domain.AuditEntryImpl")
            })
    @Column(name = "AUDIT_ENTRY_ID")
    protected Long id;

    @Index(name = "LOY_AUDIT_CREATED_IDX", columnNames = {"CREATED_DATE"})
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_DATE", nullable = false)
    protected Date createdDate;

    @Index(name = "LOY_AUDIT_ADMIN_IDX", columnNames = {"ADMIN_LOGIN"})
    @Column(name = "ADMIN_LOGIN", nullable = false, length = 255)
    protected String adminLogin;

    @Column(name = "KIND", nullable = false, length = 64)
    protected String kind;

    @Column(name = "ENTITY_TYPE", nullable = false, length = 64)
    protected String entityType;

    @Column(name = "ENTITY_ID", length = 64)
    protected String entityId;

    @Column(name = "BEFORE_FIELDS", length = 2000)
    protected String before;

    @Column(name = "AFTER_FIELDS", length = 2000)
    protected String after;

    @Column(name = "CLIENT_ADDRESS", length = 64)
    protected String clientAddress;

    @Override
    public Long getId() {
        return id;
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
    public String getAdminLogin() {
        return adminLogin;
    }

    @Override
    public void setAdminLogin(String adminLogin) {
        this.adminLogin = adminLogin;
    }

    @Override
    public String getKind() {
        return kind;
    }

    @Override
    public void setKind(String kind) {
        this.kind = kind;
    }

    @Override
    public String getEntityType() {
        return entityType;
    }

    @Override
    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    @Override
    public String getEntityId() {
        return entityId;
    }

    @Override
    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    @Override
    public String getBefore() {
        return before;
    }

    @Override
    public void setBefore(String before) {
        this.before = before;
    }

    @Override
    public String getAfter() {
        return after;
    }

    @Override
    public void setAfter(String after) {
        this.after = after;
    }

    @Override
    public String getClientAddress() {
        return clientAddress;
    }

    @Override
    public void setClientAddress(String clientAddress) {
        this.clientAddress = clientAddress;
    }
}
