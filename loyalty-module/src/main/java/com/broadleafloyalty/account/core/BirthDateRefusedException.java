package com.broadleafloyalty.account.core;

import com.broadleafloyalty.support.core.LoyaltyRefusal;

/** A birth date a shopper typed that cannot be a birth date; the reason is a message key for their language. */
public class BirthDateRefusedException extends LoyaltyRefusal {

    private static final long serialVersionUID = 1L;

    public BirthDateRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
