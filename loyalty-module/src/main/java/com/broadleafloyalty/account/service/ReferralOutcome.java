package com.broadleafloyalty.account.service;

import com.broadleafloyalty.account.core.ReferralRefusal;
import com.broadleafloyalty.account.domain.Referral;

/** What became of a referral code entered by a customer: accepted (pending) or refused with a reason. */
public final class ReferralOutcome {

    private final Referral referral;
    private final ReferralRefusal refusal;

    ReferralOutcome(Referral referral, ReferralRefusal refusal) {
        this.referral = referral;
        this.refusal = refusal;
    }

    public boolean isAccepted() {
        return refusal == null;
    }

    /** The recorded referral; null when nothing was recorded (the customer already had one). */
    public Referral getReferral() {
        return referral;
    }

    public ReferralRefusal getRefusal() {
        return refusal;
    }

    /** The sentence for the shopper. */
    public String getMessage() {
        return refusal == null ? "Referral code accepted: you and your friend get your bonus points once your"
                + " first order is confirmed." : refusal.sentence();
    }
}
