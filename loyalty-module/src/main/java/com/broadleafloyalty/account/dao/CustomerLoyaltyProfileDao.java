package com.broadleafloyalty.account.dao;

import com.broadleafloyalty.account.domain.CustomerLoyaltyProfile;

import java.util.Date;
import java.util.List;

public interface CustomerLoyaltyProfileDao {

    CustomerLoyaltyProfile create();

    /** Persists and flushes a new profile (so a duplicate customer or code fails here), or merges a known one. */
    CustomerLoyaltyProfile save(CustomerLoyaltyProfile profile);

    CustomerLoyaltyProfile readByCustomer(Long customerId);

    CustomerLoyaltyProfile readByCode(String referralCode);

    /** Customers subscribed to the newsletter now, ascending. */
    List<Long> readNewsletterSubscriberIds();

    boolean isNewsletterSubscriber(Long customerId);

    /** Registered customers whose email address or login is this mailbox (see {@code Mailbox}), by ascending id. */
    List<Long> readCustomerIdsByMailbox(String mailbox);

    /** Profiles with a birth date in the month that have not had this year's birthday bonus, by customer id. */
    List<CustomerLoyaltyProfile> readBirthdayCandidates(int month, int year, Long afterCustomerId, int limit);

    /** Profiles registered in the month before {@code startOfYear} without this year's anniversary bonus. */
    List<CustomerLoyaltyProfile> readAnniversaryCandidates(int month, int year, Date startOfYear, Long afterCustomerId,
            int limit);
}
