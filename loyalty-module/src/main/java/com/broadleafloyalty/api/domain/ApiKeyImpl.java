package com.broadleafloyalty.api.domain;

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

/** The unique key on the hash is what finds a key by its secret in one indexed read. */
@Entity
@Table(name = "LOY_API_KEY",
        uniqueConstraints = @UniqueConstraint(name = "LOY_API_KEY_HASH_UK", columnNames = {"KEY_HASH"}))
@AdminPresentationClass(friendlyName = "ApiKeyImpl_baseApiKey")
public class ApiKeyImpl implements ApiKey {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyApiKeyId")
    @GenericGenerator(name = "LoyApiKeyId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "ApiKeyImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.api.domain.ApiKeyImpl")
            })
    @Column(name = "API_KEY_ID")
    @AdminPresentation(friendlyName = "ApiKeyImpl_Id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    @AdminPresentation(friendlyName = "ApiKeyImpl_Name", prominent = true, gridOrder = 1000, order = 1000)
    protected String name;

    @Column(name = "KEY_PREFIX", nullable = false, length = 12)
    @AdminPresentation(friendlyName = "ApiKeyImpl_Prefix", readOnly = true, prominent = true, gridOrder = 2000)
    protected String keyPrefix;

    @Column(name = "KEY_HASH", nullable = false, length = 64)
    @AdminPresentation(excluded = true)
    protected String keyHash;

    @Column(name = "SCOPES", nullable = false, length = 255)
    @AdminPresentation(friendlyName = "ApiKeyImpl_Scopes", readOnly = true, prominent = true, gridOrder = 3000)
    protected String scopes;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    @AdminPresentation(friendlyName = "ApiKeyImpl_Created", readOnly = true)
    protected Date createdAt;

    @Column(name = "CREATED_BY", length = 100)
    @AdminPresentation(friendlyName = "ApiKeyImpl_Created_By", readOnly = true)
    protected String createdBy;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REVOKED_AT")
    @AdminPresentation(friendlyName = "ApiKeyImpl_Revoked", readOnly = true, prominent = true, gridOrder = 5000)
    protected Date revokedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LAST_USED_AT")
    @AdminPresentation(friendlyName = "ApiKeyImpl_Last_Used", readOnly = true, prominent = true, gridOrder = 4000)
    protected Date lastUsedAt;

    @Override
    public Long getId() {
        return id;
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
    public String getKeyPrefix() {
        return keyPrefix;
    }

    @Override
    public void setKeyPrefix(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    @Override
    public String getKeyHash() {
        return keyHash;
    }

    @Override
    public void setKeyHash(String keyHash) {
        this.keyHash = keyHash;
    }

    @Override
    public String getScopes() {
        return scopes;
    }

    @Override
    public void setScopes(String scopes) {
        this.scopes = scopes;
    }

    @Override
    public Date getCreatedAt() {
        return createdAt;
    }

    @Override
    public void setCreatedAt(Date createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    @Override
    public Date getRevokedAt() {
        return revokedAt;
    }

    @Override
    public void setRevokedAt(Date revokedAt) {
        this.revokedAt = revokedAt;
    }

    @Override
    public Date getLastUsedAt() {
        return lastUsedAt;
    }

    @Override
    public void setLastUsedAt(Date lastUsedAt) {
        this.lastUsedAt = lastUsedAt;
    }
}
