package com.broadleafloyalty.demo.replay;

/** What a replay found: for callers (and tests) that need more than the printed report. */
public final class ReplayResult {

    private final ReplayOutcome outcome;
    private final LedgerCheck ledger;

    ReplayResult(ReplayOutcome outcome, LedgerCheck ledger) {
        this.outcome = outcome;
        this.ledger = ledger;
    }

    public ReplayOutcome getOutcome() {
        return outcome;
    }

    /** Sum of the ledger's EARN entries. */
    public long getLedgerEarned() {
        return ledger.earned;
    }

    /** Sum of the ledger's CLAWBACK entries, as a positive number. */
    public long getLedgerClawedBack() {
        return ledger.clawedBack;
    }

    /** Orders and customers whose ledger differs from the independent calculation. */
    public int getMismatches() {
        return ledger.mismatches();
    }

    public double getOverhead() {
        return ReplayReport.overhead(outcome);
    }

    public double getAddedSql() {
        return ReplayReport.addedSql(outcome);
    }

    /** True when nothing failed and the ledger matches the calculation. */
    public boolean isClean() {
        return ledger.mismatches() == 0 && outcome.getCheckoutFailures() == 0 && outcome.getReturnFailures() == 0;
    }

    /** The points liability the module's own verification found (sum of the accounts' balances), or null without it. */
    public Long getVerifiedLiability() {
        return ledger.verification == null ? null : ledger.verification.getLedgerTotal();
    }
}
