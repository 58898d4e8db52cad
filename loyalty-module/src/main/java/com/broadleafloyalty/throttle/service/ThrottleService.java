package com.broadleafloyalty.throttle.service;

import com.broadleafloyalty.throttle.core.Lockout;
import com.broadleafloyalty.throttle.core.ThrottleKind;

/**
 * Counts failed attempts per account and per client address in the database, so every shop node sees the same
 * counts and locks. Callers check before they try, record the outcome after: a failure counts against both the
 * account and the address; a success forgets the account's failures (never the address's: one right password
 * does not clear a guessing address).
 */
public interface ThrottleService {

    /** @throws ThrottledException when the account or the address is locked for this kind of attempt */
    void check(ThrottleKind kind, String account, String address);

    /** Counts a failure; the lock in force afterwards (this failure may have caused it), or null. */
    Lockout recordFailure(ThrottleKind kind, String account, String address);

    /** Forgets the account's failures of this kind. */
    void recordSuccess(ThrottleKind kind, String account);

    /** Removes counters that no longer say anything (the scheduled clean-up); the number removed. */
    int removeForgotten();
}
