package com.broadleafloyalty.returns.service;

import com.broadleafloyalty.support.core.LoyaltyRefusal;

/**
 * A cancellation or return the admin asked for and cannot have: nothing was recorded. The reason is a message key and
 * its arguments, resolved in the admin's language.
 */
public class ReturnRefusedException extends LoyaltyRefusal {

    private static final long serialVersionUID = 1L;

    public ReturnRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
