package com.broadleafloyalty.campaign.core;

/**
 * One frozen recipient's state. PENDING: not tried yet; CLAIMED: a sender took it (a crash may leave it here; a
 * later run takes it again once stale, and the engagement door's trigger key keeps it to one mail); WILL_RETRY: its
 * mail failed and a later run takes it again once its retry time has passed ({@link SendRetry}). The others are
 * final; FAILED is a mail that failed on its last allowed try.
 */
public enum RecipientStatus {
    PENDING,
    CLAIMED,
    /** The mail failed (e.g. the mail server was down); tried again at the recipient's retry time. */
    WILL_RETRY,
    SENT,
    FAILED,
    OPTED_OUT,
    CAPPED,
    /** Not mailable: no address, erased, or mail is switched off. */
    SKIPPED;

    public boolean isFinal() {
        return this != PENDING && this != CLAIMED && this != WILL_RETRY;
    }
}
