package com.broadleafloyalty.vip.domain;

import java.io.Serializable;
import java.util.Date;

/** A Broadleaf offer code issued to one customer: only that customer may use it (and, by its max uses, once). */
public interface PersonalCode extends Serializable {

    Long getId();

    Long getOfferCodeId();

    void setOfferCodeId(Long offerCodeId);

    Long getOfferId();

    void setOfferId(Long offerId);

    Long getCustomerId();

    void setCustomerId(Long customerId);

    String getCode();

    void setCode(String code);

    /** The segment it was issued to (for the admin list), or null. */
    String getIssuedToSegment();

    void setIssuedToSegment(String segment);

    Date getCreatedDate();

    void setCreatedDate(Date createdDate);
}
