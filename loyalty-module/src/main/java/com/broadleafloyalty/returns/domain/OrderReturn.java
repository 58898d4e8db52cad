package com.broadleafloyalty.returns.domain;

import java.util.Date;

import java.io.Serializable;

/** A cancellation or (partial) return recorded once per order and reference; its lines say what came back. */
public interface OrderReturn extends Serializable {

    Long getId();

    Long getOrderId();

    void setOrderId(Long orderId);

    String getReference();

    void setReference(String reference);

    String getActor();

    void setActor(String actor);

    Date getCreatedDate();

    void setCreatedDate(Date createdDate);
}
