package com.broadleafloyalty.returns.domain;

import org.hibernate.annotations.Index;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;


import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LOY_ORDER_RETURN_LINE")
public class OrderReturnLineImpl implements OrderReturnLine {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "OrderReturnLineId")
    @GenericGenerator(name = "OrderReturnLineId", strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "OrderReturnLineImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.returns.domain.OrderReturnLineImpl")
            })
    @Column(name = "RETURN_LINE_ID")
    protected Long id;

    @Index(name = "LOY_RETURN_LINE_RETURN_IDX", columnNames = {"ORDER_RETURN_ID"})
    @Column(name = "ORDER_RETURN_ID", nullable = false)
    protected Long orderReturnId;

    @Column(name = "ORDER_ITEM_ID", nullable = false)
    protected Long orderItemId;

    @Column(name = "QUANTITY", nullable = false)
    protected int quantity;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long getOrderReturnId() {
        return orderReturnId;
    }

    @Override
    public void setOrderReturnId(Long orderReturnId) {
        this.orderReturnId = orderReturnId;
    }

    @Override
    public Long getOrderItemId() {
        return orderItemId;
    }

    @Override
    public void setOrderItemId(Long orderItemId) {
        this.orderItemId = orderItemId;
    }

    @Override
    public int getQuantity() {
        return quantity;
    }

    @Override
    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }
}
