package com.broadleafloyalty.support.privacy;

/**
 * What one slice holds about a customer, for a data-access request (export) and an erasure request. Lives in
 * {@code support} so the privacy slice gathers every slice's part without depending on any of them: each slice
 * that stores something about a customer declares a bean implementing it.
 */
public interface PersonalData {

    /** The name of this part in the exported document, e.g. {@code "ledger"}. */
    String section();

    /** Everything this slice holds about the customer, as plain values (maps, lists, strings, numbers, booleans). */
    Object export(Long customerId);

    /**
     * Removes or irreversibly pseudonymises this slice's personal data about the customer, in the caller's
     * transaction, keeping the sums the ledger and the liability depend on; returns how many records it changed.
     */
    long erase(Long customerId);
}
