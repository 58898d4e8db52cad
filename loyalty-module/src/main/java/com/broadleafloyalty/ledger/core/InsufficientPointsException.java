package com.broadleafloyalty.ledger.core;

/** A debit asked for more points than the account has available. */
public class InsufficientPointsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long requested;
    private final long available;

    public InsufficientPointsException(long requested, long available) {
        super("Asked for " + requested + " points but only " + available + " are available");
        this.requested = requested;
        this.available = available;
    }

    public long getRequested() {
        return requested;
    }

    public long getAvailable() {
        return available;
    }
}
