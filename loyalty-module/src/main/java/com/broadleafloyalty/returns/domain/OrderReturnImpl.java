package com.broadleafloyalty.returns.domain;

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

@Entity
@Table(name = "LOY_ORDER_RETURN", uniqueConstraints = @UniqueConstraint(name = "LOY_RETURN_ORDER_REF_UK", columnNames = {"ORDER_ID", "REFERENCE"}))
public class OrderReturnImpl implements OrderReturn {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "OrderReturnId")
    @GenericGenerator(name = "OrderReturnId", strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "OrderReturnImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.returns.domain.OrderReturnImpl")
            })
    @Column(name = "ORDER_RETURN_ID")
    protected Long id;

    @Column(name = "ORDER_ID", nullable = false)
    protected Long orderId;

    @Column(name = "REFERENCE", nullable = false, length = 100)
    protected String reference;

    @Column(name = "ACTOR", length = 100)
    protected String actor;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_DATE", nullable = false)
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
    public String getReference() {
        return reference;
    }

    @Override
    public void setReference(String reference) {
        this.reference = reference;
    }

    @Override
    public String getActor() {
        return actor;
    }

    @Override
    public void setActor(String actor) {
        this.actor = actor;
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
