package com.broadleafloyalty.ledger.service;

/**
 * A posting names a source (its idempotency key) that the ledger already recorded for another customer. The ledger
 * refuses it and writes nothing: a retry of a posting matches only its own customer's entry.
 */
public class PostingConflictException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final Long recordedCustomerId;

    public PostingConflictException(String sourceType, Long sourceId, Long recordedCustomerId, Long customerId) {
        super("source " + sourceType + ":" + sourceId + " is recorded for customer " + recordedCustomerId
                + ", refused for customer " + customerId);
        this.recordedCustomerId = recordedCustomerId;
    }

    public Long getRecordedCustomerId() {
        return recordedCustomerId;
    }
}
