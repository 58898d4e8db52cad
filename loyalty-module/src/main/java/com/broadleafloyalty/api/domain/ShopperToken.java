package com.broadleafloyalty.api.domain;

import java.io.Serializable;
import java.util.Date;

/** A short-lived bearer token a shopper obtained by logging in through the API; stored as its SHA-256. */
public interface ShopperToken extends Serializable {

    Long getId();

    String getTokenHash();

    void setTokenHash(String tokenHash);

    Long getCustomerId();

    void setCustomerId(Long customerId);

    Date getExpiresAt();

    void setExpiresAt(Date expiresAt);
}
