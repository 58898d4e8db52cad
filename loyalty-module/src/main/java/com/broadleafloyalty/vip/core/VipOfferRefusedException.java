package com.broadleafloyalty.vip.core;

import com.broadleafloyalty.support.core.LoyaltyRefusal;

/**
 * A shopper may not use a VIP offer or a personal code. The reason is a message key and its arguments, resolved in
 * the shopper's language.
 */
public class VipOfferRefusedException extends LoyaltyRefusal {

    private static final long serialVersionUID = 1L;

    public VipOfferRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
