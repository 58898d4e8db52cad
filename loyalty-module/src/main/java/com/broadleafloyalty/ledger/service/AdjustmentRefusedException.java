package com.broadleafloyalty.ledger.service;

/** A manual adjustment the admin asked for and cannot have; the message is for the admin. */
public class AdjustmentRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AdjustmentRefusedException(String message) {
        super(message);
    }
}
