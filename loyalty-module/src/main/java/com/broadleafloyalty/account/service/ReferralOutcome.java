package com.broadleafloyalty.account.service;

import com.broadleafloyalty.account.core.ReferralRefusal;
import com.broadleafloyalty.account.domain.Referral;
import com.broadleafloyalty.support.core.LoyaltyText;

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

    /** The sentence for the shopper: accepted, or why not. */
    public LoyaltyText getMessage() {
        return LoyaltyText.of(refusal == null ? "loyalty.referral.accepted" : refusal.messageKey());
    }
}
