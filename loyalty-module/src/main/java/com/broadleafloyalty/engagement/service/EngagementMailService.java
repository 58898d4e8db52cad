package com.broadleafloyalty.engagement.service;

import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.core.MailLinkRefusedException;
import com.broadleafloyalty.engagement.core.MailOutcome;
import com.broadleafloyalty.engagement.core.Unsubscriptions;
import com.broadleafloyalty.engagement.domain.CustomerEngagement;
import com.broadleafloyalty.engagement.domain.EngagementMail;

import java.util.List;

/**
 * The engagement door: every email of the module to a customer goes through {@link #send}, which honours the
 * customer's unsubscribed categories, the switched-off categories and the per-customer frequency cap, sends each
 * trigger once across nodes (a database-unique key) and adds tracking and unsubscribe links. Campaigns reuse it.
 */
public interface EngagementMailService {

    MailOutcome send(OutgoingMail mail);

    /** False when the site configured no mail server (Broadleaf's NullMessageCreator) or the category is off. */
    boolean canSend(MailCategory category);

    /** Whether the trigger's email went already (cheap pre-check for jobs; {@link #send} decides). */
    boolean wasSent(String triggerKey);

    Unsubscriptions unsubscriptions(Long customerId);

    void unsubscribe(Long customerId, MailCategory category);

    void resubscribe(Long customerId, MailCategory category);

    /** Null when the customer was never mailed and never unsubscribed. */
    CustomerEngagement engagementOf(Long customerId);

    /**
     * Counts of the emails whose trigger key starts with {@code triggerKeyPrefix} (e.g. {@code campaign:12:}), from
     * their engagement records: one aggregate query.
     */
    MailCounts countsOf(String triggerKeyPrefix);

    /** Newest first. */
    List<EngagementMail> mailsOf(Long customerId, int limit);

    /** Records an open of the mail; false (and nothing recorded) when the signature does not match. */
    boolean recordOpen(Long mailId, String signature);

    /** Records the click and returns the target to redirect to; refuses a forged or altered link. */
    String recordClick(Long mailId, String target, String signature) throws MailLinkRefusedException;

    /** Unsubscribes the mail's customer from its category and returns the category; refuses a forged link. */
    MailCategory unsubscribeByLink(Long mailId, String signature) throws MailLinkRefusedException;
}
