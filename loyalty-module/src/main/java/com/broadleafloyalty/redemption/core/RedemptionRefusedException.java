package com.broadleafloyalty.redemption.core;

/** A redemption the shopper asked for and may not have; the message is for the shopper. */
public class RedemptionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RedemptionRefusedException(String message) {
        super(message);
    }
}
