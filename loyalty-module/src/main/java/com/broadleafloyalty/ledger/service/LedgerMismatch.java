package com.broadleafloyalty.ledger.service;

/** One account whose stored figures disagree with its ledger. */
public final class LedgerMismatch {

    private final Long customerId;
    private final long ledgerSum;
    private final long materializedBalance;
    private final long batchesMinusDebt;

    public LedgerMismatch(Long customerId, long ledgerSum, long materializedBalance, long batchesMinusDebt) {
        this.customerId = customerId;
        this.ledgerSum = ledgerSum;
        this.materializedBalance = materializedBalance;
        this.batchesMinusDebt = batchesMinusDebt;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public long getLedgerSum() {
        return ledgerSum;
    }

    public long getMaterializedBalance() {
        return materializedBalance;
    }

    public long getBatchesMinusDebt() {
        return batchesMinusDebt;
    }

    @Override
    public String toString() {
        return "customer " + customerId + ": ledger " + ledgerSum + ", balance " + materializedBalance
                + ", batches-debt " + batchesMinusDebt;
    }
}
