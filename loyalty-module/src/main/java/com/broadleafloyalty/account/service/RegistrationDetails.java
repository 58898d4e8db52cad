package com.broadleafloyalty.account.service;

import java.util.concurrent.Callable;

import javax.servlet.http.HttpServletRequest;

/**
 * The optional loyalty fields of a registration: a referral code, a birth date (yyyy-MM-dd) and the newsletter
 * choice. A storefront sends them as request parameters named by the constants below ({@code ref} is the referral
 * link's parameter); code that registers customers itself passes them with {@link #during}.
 */
public final class RegistrationDetails {

    public static final String REFERRAL_CODE = "loyaltyReferralCode";
    public static final String REFERRAL_LINK_PARAMETER = "ref";
    public static final String BIRTH_DATE = "loyaltyBirthDate";
    public static final String NEWSLETTER = "loyaltyNewsletter";

    private static final ThreadLocal<RegistrationDetails> CURRENT = new ThreadLocal<RegistrationDetails>();
    private static final RegistrationDetails NONE = new RegistrationDetails(null, null, false);
    private static final RegistrationDetails IMPORTED = new RegistrationDetails(null, null, false, false);

    private final String referralCode;
    private final String birthDate;
    private final boolean newsletter;
    private final boolean signupBonus;

    public RegistrationDetails(String referralCode, String birthDate, boolean newsletter) {
        this(referralCode, birthDate, newsletter, true);
    }

    private RegistrationDetails(String referralCode, String birthDate, boolean newsletter, boolean signupBonus) {
        this.referralCode = blankToNull(referralCode);
        this.birthDate = blankToNull(birthDate);
        this.newsletter = newsletter;
        this.signupBonus = signupBonus;
    }

    public static RegistrationDetails none() {
        return NONE;
    }

    /**
     * For customers who are not new to the shop (an import of existing accounts, seed data): the profile and
     * referral code are created, but no sign-up bonus is credited.
     */
    public static RegistrationDetails imported() {
        return IMPORTED;
    }

    public static RegistrationDetails fromRequest(HttpServletRequest request) {
        if (request == null) {
            return NONE;
        }
        String code = request.getParameter(REFERRAL_CODE);
        if (blankToNull(code) == null) {
            code = request.getParameter(REFERRAL_LINK_PARAMETER);
        }
        String newsletter = request.getParameter(NEWSLETTER);
        return new RegistrationDetails(code, request.getParameter(BIRTH_DATE),
                newsletter != null && !"false".equalsIgnoreCase(newsletter) && !newsletter.isEmpty());
    }

    /** Runs a registration with these details visible to the registration hook on this thread. */
    public <T> T during(Callable<T> registration) throws Exception {
        RegistrationDetails previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return registration.call();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The details set with {@link #during} on this thread, or null. */
    public static RegistrationDetails current() {
        return CURRENT.get();
    }

    public String getReferralCode() {
        return referralCode;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public boolean isNewsletter() {
        return newsletter;
    }

    public boolean isSignupBonus() {
        return signupBonus;
    }

    private static String blankToNull(String text) {
        return text == null || text.trim().isEmpty() ? null : text.trim();
    }
}
