package com.broadleafloyalty.audit.core;

import com.broadleafloyalty.support.core.LoyaltyRefusal;

/** A decision on a pending change that the four-eyes rule refuses; nothing changed. The reason is a message key. */
public class ApprovalRefusedException extends LoyaltyRefusal {

    private static final long serialVersionUID = 1L;

    public ApprovalRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
