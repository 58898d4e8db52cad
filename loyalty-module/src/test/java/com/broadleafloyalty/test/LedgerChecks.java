package com.broadleafloyalty.test;

import com.broadleafloyalty.ledger.service.LedgerMismatch;
import com.broadleafloyalty.ledger.service.LedgerVerificationService;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ledger verification of the accounts a test wrote. Test classes share one database in this JVM and run in an
 * order that differs between machines: a test answers for its own customers, not for every account of the database.
 */
public final class LedgerChecks {

    private LedgerChecks() {
    }

    /** The mismatches the full verification reports for these customers (empty when their accounts agree). */
    public static List<LedgerMismatch> mismatchesOf(Long... customerIds) {
        Set<Long> wanted = new HashSet<Long>(Arrays.asList(customerIds));
        List<LedgerMismatch> found = new ArrayList<LedgerMismatch>();
        for (LedgerMismatch mismatch : LoyaltyTestContext.bean("blLoyaltyLedgerVerificationService",
                LedgerVerificationService.class).verify().getMismatches()) {
            if (wanted.contains(mismatch.getCustomerId())) {
                found.add(mismatch);
            }
        }
        return found;
    }
}
