package com.broadleafloyalty.campaign.core;

/**
 * One frozen recipient's state. PENDING: not tried yet; CLAIMED: a sender took it (a crash may leave it here; a
 * later run takes it again once stale, and the engagement door's trigger key keeps it to one mail). The others are
 * final.
 */
public enum RecipientStatus {
    PENDING,
    CLAIMED,
    SENT,
    FAILED,
    OPTED_OUT,
    CAPPED,
    /** Not mailable: no address, erased, or mail is switched off. */
    SKIPPED;

    public boolean isFinal() {
        return this != PENDING && this != CLAIMED;
    }
}
