package com.broadleafloyalty.account.service;

import com.broadleafloyalty.support.core.LoyaltyRefusal;

/**
 * A shopper's account setting was refused: nothing was changed. The reason is a message key and its arguments,
 * resolved in the shopper's language.
 */
public class AccountSettingRefusedException extends LoyaltyRefusal {

    private static final long serialVersionUID = 1L;

    public AccountSettingRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
