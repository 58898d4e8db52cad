package com.broadleafloyalty.returns.domain;


import java.io.Serializable;

/** One returned order item and quantity. */
public interface OrderReturnLine extends Serializable {

    Long getId();

    Long getOrderReturnId();

    void setOrderReturnId(Long orderReturnId);

    Long getOrderItemId();

    void setOrderItemId(Long orderItemId);

    int getQuantity();

    void setQuantity(int quantity);
}
