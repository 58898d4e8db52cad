package com.broadleafloyalty.account.core;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The referral rules. A code is checked twice: when it is entered (the account and email checks, and whether the
 * new customer has already ordered) and when the reward falls due (the shipping address of the referee's first
 * order against every address the referrer has shipped to).
 */
public final class ReferralRules {

    /** The checks at capture time; {@code referrer} is null when no customer owns the code. */
    public Optional<ReferralRefusal> checkCapture(Party referee, Party referrer, boolean refereeHasOrdered,
            boolean refereeAlreadyReferred) {
        if (refereeAlreadyReferred) {
            return Optional.of(ReferralRefusal.ALREADY_REFERRED);
        }
        if (referrer == null) {
            return Optional.of(ReferralRefusal.UNKNOWN_CODE);
        }
        if (referrer.customerId.equals(referee.customerId)) {
            return Optional.of(ReferralRefusal.SELF_REFERRAL_ACCOUNT);
        }
        if (sameEmail(referrer.email, referee.email)) {
            return Optional.of(ReferralRefusal.SELF_REFERRAL_EMAIL);
        }
        if (refereeHasOrdered) {
            return Optional.of(ReferralRefusal.ALREADY_ORDERED);
        }
        return Optional.empty();
    }

    /** The check when the reward is due: the referee's first order must not ship where the referrer ships. */
    public Optional<ReferralRefusal> checkReward(ShippingAddress refereeFirstOrder,
            Collection<ShippingAddress> referrerAddresses) {
        if (refereeFirstOrder != null && refereeFirstOrder.isComparable()) {
            for (ShippingAddress address : referrerAddresses) {
                if (refereeFirstOrder.sameAs(address)) {
                    return Optional.of(ReferralRefusal.SELF_REFERRAL_ADDRESS);
                }
            }
        }
        return Optional.empty();
    }

    static boolean sameEmail(String a, String b) {
        return a != null && b != null && !a.trim().isEmpty()
                && a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
    }

    /** A customer as the rules see one. */
    public static final class Party {
        final Long customerId;
        final String email;

        public Party(Long customerId, String email) {
            if (customerId == null) {
                throw new IllegalArgumentException("A party to a referral has a customer id");
            }
            this.customerId = customerId;
            this.email = email;
        }
    }
}
