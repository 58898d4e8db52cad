package com.broadleafloyalty.account.domain;

import com.broadleafloyalty.account.core.ReferralRefusal;

import java.io.Serializable;
import java.util.Date;

/** A new customer (the referee) who entered another customer's (the referrer's) code. One per referee. */
public interface Referral extends Serializable {

    Long getId();

    /** Null when the code belonged to nobody. */
    Long getReferrerCustomerId();

    void setReferrerCustomerId(Long referrerCustomerId);

    Long getRefereeCustomerId();

    void setRefereeCustomerId(Long refereeCustomerId);

    /** The code as the referee entered it (normalized when it could be). */
    String getCode();

    void setCode(String code);

    ReferralStatus getStatus();

    void setStatus(ReferralStatus status);

    ReferralRefusal getRefusal();

    void setRefusal(ReferralRefusal refusal);

    /** The referee's order that qualified (or failed) the referral. */
    Long getOrderId();

    void setOrderId(Long orderId);

    long getReferrerPoints();

    void setReferrerPoints(long points);

    long getRefereePoints();

    void setRefereePoints(long points);

    Date getCreatedDate();

    void setCreatedDate(Date createdDate);

    /** When it was rewarded or refused. */
    Date getDecidedDate();

    void setDecidedDate(Date decidedDate);
}
