package com.broadleafloyalty.ledger.core;

/**
 * Balance arithmetic over ledger amounts. The balance is the sum of the entries; overflow is an error,
 * never a silent wrap-around.
 */
public final class LedgerBalance {

    private LedgerBalance() {
    }

    public static long sum(Iterable<Long> amounts) {
        long total = 0;
        for (Long amount : amounts) {
            if (amount != null) {
                total = Math.addExact(total, amount);
            }
        }
        return total;
    }
}
