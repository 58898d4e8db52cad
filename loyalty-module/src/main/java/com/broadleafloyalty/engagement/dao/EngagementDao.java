package com.broadleafloyalty.engagement.dao;

import com.broadleafloyalty.engagement.domain.CustomerEngagement;
import com.broadleafloyalty.engagement.domain.EngagementMail;

import java.util.Date;
import java.util.List;

public interface EngagementDao {

    CustomerEngagement readEngagement(Long customerId);

    /** The customer's row, locked until the transaction ends (serialises one customer's sends across nodes). */
    CustomerEngagement lockEngagement(Long customerId);

    CustomerEngagement createEngagement(Long customerId);

    long countSentSince(Long customerId, Date since);

    boolean isTriggerTaken(String triggerKey);

    /** Persists and flushes at once, so a taken trigger key fails here. */
    EngagementMail insertMail(EngagementMail mail);

    EngagementMail readMail(Long mailId);

    void deleteMail(Long mailId);

    /** Customers who opted in to the digest, ids ascending. */
    List<Long> readDigestSubscribers(Long afterCustomerId, int limit);

    /** Newest first. */
    List<EngagementMail> readMails(Long customerId, int limit);
}
