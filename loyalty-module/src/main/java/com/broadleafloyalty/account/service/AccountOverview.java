package com.broadleafloyalty.account.service;

import com.broadleafloyalty.support.core.LoyaltyText;
import java.util.Date;
import java.util.List;

/** A customer's account features as My loyalty and the admin show them. */
public final class AccountOverview {

    private final String referralCode;
    private final List<ReferralRow> referralsMade;
    private final ReferralRow referredBy;
    private final Date birthDate;
    private final Date newsletterSubscribedSince;
    private final Date newsletterUnsubscribedAt;
    private final boolean loyal;
    private final Date registeredAt;

    AccountOverview(String referralCode, List<ReferralRow> referralsMade, ReferralRow referredBy, Date birthDate,
            Date newsletterSubscribedSince, Date newsletterUnsubscribedAt, boolean loyal, Date registeredAt) {
        this.referralCode = referralCode;
        this.referralsMade = referralsMade;
        this.referredBy = referredBy;
        this.birthDate = birthDate;
        this.newsletterSubscribedSince = newsletterSubscribedSince;
        this.newsletterUnsubscribedAt = newsletterUnsubscribedAt;
        this.loyal = loyal;
        this.registeredAt = registeredAt;
    }

    public String getReferralCode() {
        return referralCode;
    }

    /** The path of the referral link, relative to the shop's root: {@code /register?ref=CODE}. */
    public String getReferralPath() {
        return "/register?" + RegistrationDetails.REFERRAL_LINK_PARAMETER + "=" + referralCode;
    }

    public List<ReferralRow> getReferralsMade() {
        return referralsMade;
    }

    /** The referral this customer entered at registration, or null. */
    public ReferralRow getReferredBy() {
        return referredBy;
    }

    public Date getBirthDate() {
        return birthDate;
    }

    /** A birth date is set once (bonuses depend on it); a customer service agent corrects it in the database. */
    public boolean isBirthDateEditable() {
        return birthDate == null;
    }

    public boolean isNewsletterSubscribed() {
        return newsletterSubscribedSince != null;
    }

    public Date getNewsletterSubscribedSince() {
        return newsletterSubscribedSince;
    }

    public Date getNewsletterUnsubscribedAt() {
        return newsletterUnsubscribedAt;
    }

    /** Subscribed to the newsletter for more than 6 months and purchased in that time. */
    public boolean isLoyal() {
        return loyal;
    }

    public Date getRegisteredAt() {
        return registeredAt;
    }

    /** One referral, seen from one side. */
    public static final class ReferralRow {
        private final Long id;
        private final Long customerId;
        private final String who;
        private final String status;
        private final long points;
        private final LoyaltyText refusal;
        private final Date createdDate;
        private final Date decidedDate;

        ReferralRow(Long id, Long customerId, String who, String status, long points, LoyaltyText refusal, Date createdDate,
                Date decidedDate) {
            this.id = id;
            this.customerId = customerId;
            this.who = who;
            this.status = status;
            this.points = points;
            this.refusal = refusal;
            this.createdDate = createdDate;
            this.decidedDate = decidedDate;
        }

        public Long getId() {
            return id;
        }

        /** The other customer's id (for the admin; null for a code nobody owned). */
        public Long getCustomerId() {
            return customerId;
        }

        /** The other customer, as "First L." (a shopper never sees another shopper's email); null without a name. */
        public String getWho() {
            return who;
        }

        public String getStatus() {
            return status;
        }

        /** The reward to this side (0 until rewarded). */
        public long getPoints() {
            return points;
        }

        /** Why the referral was refused, or null. */
        public LoyaltyText getRefusal() {
            return refusal;
        }

        public Date getCreatedDate() {
            return createdDate;
        }

        public Date getDecidedDate() {
            return decidedDate;
        }
    }
}
