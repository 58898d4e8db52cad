package com.broadleafloyalty.engagement.service;

import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.core.MailLinkRefusedException;
import com.broadleafloyalty.engagement.core.MailOutcome;
import com.broadleafloyalty.engagement.core.Unsubscriptions;
import com.broadleafloyalty.engagement.domain.CustomerEngagement;
import com.broadleafloyalty.engagement.domain.EngagementMail;

import java.util.List;
import java.util.Set;

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

    /** What the email preferences page shows the customer. */
    MailPreferences preferencesOf(Long customerId);

    /**
     * Saves the preferences page: the customer receives exactly the {@code wanted} categories among the shop's
     * choices (the others are unsubscribed) and the digest when {@code digest} is true.
     *
     * @throws IllegalArgumentException a wanted category that is not among the choices (nothing is changed)
     */
    void savePreferences(Long customerId, Set<MailCategory> wanted, boolean digest);

    /** Customers who opted in to the digest, ids ascending, a page at a time. */
    List<Long> digestSubscribers(Long afterCustomerId, int limit);

    /** Opened or clicked one of the module's emails in the last 90 days ({@code core.RecentEngagement}). */
    boolean isEngaged(Long customerId);

    /** Null when the customer was never mailed and never unsubscribed. */
    CustomerEngagement engagementOf(Long customerId);

    /** Newest first. */
    List<EngagementMail> mailsOf(Long customerId, int limit);

    /** Records an open of the mail; false (and nothing recorded) when the signature does not match. */
    boolean recordOpen(Long mailId, String signature);

    /** Records the click and returns the target to redirect to; refuses a forged or altered link. */
    String recordClick(Long mailId, String target, String signature) throws MailLinkRefusedException;

    /** The category the unsubscribe link of this mail unsubscribes from, changing nothing; refuses a forged link. */
    MailCategory categoryOfUnsubscribeLink(Long mailId, String signature) throws MailLinkRefusedException;

    /** Unsubscribes the mail's customer from its category and returns the category; refuses a forged link. */
    MailCategory unsubscribeByLink(Long mailId, String signature) throws MailLinkRefusedException;
}
