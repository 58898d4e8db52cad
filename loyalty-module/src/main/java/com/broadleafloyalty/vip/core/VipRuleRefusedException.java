package com.broadleafloyalty.vip.core;

import com.broadleafloyalty.support.core.LoyaltyRefusal;

/**
 * A VIP rule an admin tried to save that cannot be accepted. The reason is a message key and its arguments,
 * resolved in the admin's language.
 */
public class VipRuleRefusedException extends LoyaltyRefusal {

    private static final long serialVersionUID = 1L;

    public VipRuleRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
