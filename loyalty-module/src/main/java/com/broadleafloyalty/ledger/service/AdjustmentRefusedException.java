package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.support.core.LoyaltyRefusal;

/**
 * A manual adjustment the admin asked for and cannot have: nothing was posted. The reason is a message key and its
 * arguments, resolved in the admin's language.
 */
public class AdjustmentRefusedException extends LoyaltyRefusal {

    private static final long serialVersionUID = 1L;

    public AdjustmentRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
