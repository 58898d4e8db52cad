package com.broadleafloyalty.vip.core;

/** A shopper may not use a VIP offer or a personal code; the message is shown to the shopper as is. */
public class VipOfferRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public VipOfferRefusedException(String message) {
        super(message);
    }
}
