package com.broadleafloyalty.vip.core;

/** A VIP rule an admin tried to save that cannot be accepted; the message says why, for the admin. */
public class VipRuleRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public VipRuleRefusedException(String message) {
        super(message);
    }
}
