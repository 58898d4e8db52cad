package com.broadleafloyalty.api.domain;

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

/** In the database, not in a node's memory, so a token issued by one shop node works on every other. */
@Entity
@Table(name = "LOY_API_SHOPPER_TOKEN",
        uniqueConstraints = @UniqueConstraint(name = "LOY_API_SHOPPER_TOKEN_UK", columnNames = {"TOKEN_HASH"}))
public class ShopperTokenImpl implements ShopperToken {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyShopperTokenId")
    @GenericGenerator(name = "LoyShopperTokenId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "ShopperTokenImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.api.domain.ShopperTokenImpl")
            })
    @Column(name = "TOKEN_ID")
    protected Long id;

    @Column(name = "TOKEN_HASH", nullable = false, length = 64)
    protected String tokenHash;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "EXPIRES_AT", nullable = false)
    protected Date expiresAt;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getTokenHash() {
        return tokenHash;
    }

    @Override
    public void setTokenHash(String tokenHash) {
        this.tokenHash = tokenHash;
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
    public Date getExpiresAt() {
        return expiresAt;
    }

    @Override
    public void setExpiresAt(Date expiresAt) {
        this.expiresAt = expiresAt;
    }
}
