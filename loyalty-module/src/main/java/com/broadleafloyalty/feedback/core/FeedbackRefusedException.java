package com.broadleafloyalty.feedback.core;

import com.broadleafloyalty.support.core.LoyaltyRefusal;

/**
 * A feedback answer that is not accepted: nothing was saved. The reason is a message key and its arguments,
 * resolved in the shopper's language.
 */
public class FeedbackRefusedException extends LoyaltyRefusal {

    private static final long serialVersionUID = 1L;

    public FeedbackRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
