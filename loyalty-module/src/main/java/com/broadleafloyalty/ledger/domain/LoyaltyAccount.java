package com.broadleafloyalty.ledger.domain;

import java.util.Date;

import java.io.Serializable;
import java.math.BigDecimal;

/** A customer's points account: the balance materialized from the ledger, and any debt left by clawbacks.
 * Every change locks this row first, so balance changes on one account are serialized across shop nodes.
 * It also tallies the customer's submitted orders (count, spend, first and last), which RFM segments score. */
public interface LoyaltyAccount extends Serializable {

    Long getId();

    Long getCustomerId();

    void setCustomerId(Long customerId);

    long getBalance();

    void setBalance(long balance);

    long getDebt();

    void setDebt(long debt);

    Integer getVersion();

    void setVersion(Integer version);

    Date getCreatedDate();

    void setCreatedDate(Date createdDate);

    long getOrderCount();

    void setOrderCount(long orderCount);

    BigDecimal getOrderSpend();

    void setOrderSpend(BigDecimal orderSpend);

    Date getFirstOrderDate();

    void setFirstOrderDate(Date firstOrderDate);

    Date getLastOrderDate();

    void setLastOrderDate(Date lastOrderDate);

    Long getLastOrderId();

    void setLastOrderId(Long lastOrderId);
}
