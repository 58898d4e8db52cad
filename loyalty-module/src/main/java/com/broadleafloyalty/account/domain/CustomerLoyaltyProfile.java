package com.broadleafloyalty.account.domain;

import java.io.Serializable;
import java.util.Date;

/**
 * What the loyalty programme keeps about a customer beyond points: the referral code, the birth date, when the
 * customer registered and subscribed to the newsletter, and the last years the yearly bonuses were given.
 */
public interface CustomerLoyaltyProfile extends Serializable {

    Long getId();

    Long getCustomerId();

    void setCustomerId(Long customerId);

    /** The customer's own code, unique in the shop. */
    String getReferralCode();

    void setReferralCode(String referralCode);

    /** Null until the customer gives it. */
    Date getBirthDate();

    /** Also sets the birth month the birthday job looks up. */
    void setBirthDate(Date birthDate);

    Integer getBirthMonth();

    Date getRegisteredAt();

    /** Also sets the registration month the anniversary job looks up. */
    void setRegisteredAt(Date registeredAt);

    Integer getRegisteredMonth();

    /** Start of the current newsletter subscription; null when not subscribed. */
    Date getNewsletterSubscribedSince();

    void setNewsletterSubscribedSince(Date since);

    /** When the customer last unsubscribed (kept for history). */
    Date getNewsletterUnsubscribedAt();

    void setNewsletterUnsubscribedAt(Date at);

    Integer getLastBirthdayBonusYear();

    void setLastBirthdayBonusYear(Integer year);

    Integer getLastAnniversaryBonusYear();

    void setLastAnniversaryBonusYear(Integer year);

    Date getCreatedDate();

    void setCreatedDate(Date createdDate);
}
