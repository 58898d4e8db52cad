package com.broadleafloyalty.ledger.domain;

import java.util.Date;

import java.io.Serializable;

/** A customer's points account: the balance materialized from the ledger, and any debt left by clawbacks.
 * Every change locks this row first, so balance changes on one account are serialized across shop nodes. */
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
}
