package com.broadleafloyalty.audit.core;

import com.broadleafloyalty.support.core.LoyaltyRefusal;

/** A filter of the audit log that cannot be read (a bad date, an unknown kind); the reason is a message key. */
public class AuditQueryRefusedException extends LoyaltyRefusal {

    private static final long serialVersionUID = 1L;

    public AuditQueryRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
