package com.broadleafloyalty.engagement.core;

import com.broadleafloyalty.support.core.LoyaltyRefusal;

/** A tracking or unsubscribe link that was altered, forged or points nowhere: nothing was recorded. */
public class MailLinkRefusedException extends LoyaltyRefusal {

    private static final long serialVersionUID = 1L;

    public MailLinkRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
