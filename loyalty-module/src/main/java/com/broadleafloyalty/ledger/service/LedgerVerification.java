package com.broadleafloyalty.ledger.service;

import java.util.Collections;
import java.util.List;

/** The result of recomputing every balance from the ledger. */
public final class LedgerVerification {

    private final int accountsChecked;
    private final long ledgerTotal;
    private final List<LedgerMismatch> mismatches;

    public LedgerVerification(int accountsChecked, long ledgerTotal, List<LedgerMismatch> mismatches) {
        this.accountsChecked = accountsChecked;
        this.ledgerTotal = ledgerTotal;
        this.mismatches = Collections.unmodifiableList(mismatches);
    }

    public int getAccountsChecked() {
        return accountsChecked;
    }

    /** Sum of every ledger entry: the programme's points liability. */
    public long getLedgerTotal() {
        return ledgerTotal;
    }

    public List<LedgerMismatch> getMismatches() {
        return mismatches;
    }

    public boolean isClean() {
        return mismatches.isEmpty();
    }

    @Override
    public String toString() {
        return "accounts=" + accountsChecked + " liability=" + ledgerTotal + " mismatches=" + mismatches.size()
                + (mismatches.isEmpty() ? "" : " " + mismatches);
    }
}
