package com.broadleafloyalty.ledger.core;

/**
 * One earning rule. Rules run in ascending priority on an {@link EarningCalculation}; each may change line
 * multipliers or cancel the award. They never round: the calculation rounds once, at the end.
 */
public interface EarningRule {

    int getPriority();

    void apply(EarningCalculation calculation);

    /** Short text for the rule snapshot stored on the ledger entry. */
    String describe();
}
