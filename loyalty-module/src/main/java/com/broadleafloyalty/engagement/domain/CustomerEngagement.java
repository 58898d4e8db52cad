package com.broadleafloyalty.engagement.domain;

import java.io.Serializable;
import java.util.Date;

/**
 * A customer's engagement with the module's emails: the categories they unsubscribed from, and how many emails they
 * were sent, opened and clicked (for the newsletter "loyal" indicator, segments and campaigns).
 */
public interface CustomerEngagement extends Serializable {

    Long getCustomerId();

    void setCustomerId(Long customerId);

    /** Category names separated by commas, or null (see {@code engagement.core.Unsubscriptions}). */
    String getUnsubscribed();

    void setUnsubscribed(String unsubscribed);

    /** Asked for the monthly points digest (an opt-in category: off until the customer turns it on). */
    boolean isDigestOptIn();

    void setDigestOptIn(boolean digestOptIn);

    long getMailsSent();

    void setMailsSent(long mailsSent);

    long getOpens();

    void setOpens(long opens);

    long getClicks();

    void setClicks(long clicks);

    Date getLastSentAt();

    void setLastSentAt(Date lastSentAt);

    Date getLastOpenedAt();

    void setLastOpenedAt(Date lastOpenedAt);

    Date getLastClickedAt();

    void setLastClickedAt(Date lastClickedAt);
}
