package com.broadleafloyalty.imports.service;

import com.broadleafloyalty.imports.core.ImportReport;

/**
 * Imports customers' balances from a CSV file ({@code customer,points,expires_at,reason}): each accepted line is an
 * ADJUST credit of the ledger with its own batch and expiry, whose source is the file's SHA-256 and the line number, so
 * importing the same file again changes nothing. Lines with a problem are refused and reported; the others are
 * imported.
 */
public interface BalanceImportService {

    /**
     * @param actor who imports (an admin's login, {@code api:<key name>}), recorded on every entry
     * @throws com.broadleafloyalty.imports.core.ImportFileRefusedException when the file as a whole is unusable
     */
    ImportReport importFile(byte[] file, boolean dryRun, String actor);

    /** The largest file an upload may send, in bytes (loyalty.import.max.bytes); larger ones are refused unread. */
    int getMaxFileBytes();
}
