package com.broadleafloyalty.account.service;

/** A shopper's account setting was refused; the message is the sentence to show. Nothing was changed. */
public class AccountSettingRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccountSettingRefusedException(String message) {
        super(message);
    }
}
