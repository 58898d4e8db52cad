package com.broadleafloyalty.redemption.core;

import com.broadleafloyalty.support.core.LoyaltyRefusal;

/**
 * A redemption the shopper asked for and may not have: nothing was reserved. The reason is a message key and its
 * arguments, resolved in the shopper's language.
 */
public class RedemptionRefusedException extends LoyaltyRefusal {

    private static final long serialVersionUID = 1L;

    public RedemptionRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
