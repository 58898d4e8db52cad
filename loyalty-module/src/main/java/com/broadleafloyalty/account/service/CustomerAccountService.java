package com.broadleafloyalty.account.service;

import com.broadleafloyalty.account.core.ReferralRefusal;
import com.broadleafloyalty.account.domain.CustomerLoyaltyProfile;
import com.broadleafloyalty.support.core.LoyaltyText;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.Date;
import java.util.List;

/** A customer's loyalty profile: referral code, referrals, birth date, newsletter, and the sign-up bonus. */
public interface CustomerAccountService {

    /** The customer's profile, created (with a new referral code) when the customer has none yet. */
    CustomerLoyaltyProfile profileOf(Customer customer);

    /**
     * A new registration: creates the profile, credits the sign-up bonus (once per customer; not for
     * {@link RegistrationDetails#imported()}), and applies the
     * details. Never throws for bad details: an invalid birth date is skipped and a refused code is recorded with
     * its reason; the returned problems say what was not taken.
     */
    List<LoyaltyText> registered(Customer customer, RegistrationDetails details);

    /**
     * Checks the loyalty fields of a registration form before the account exists: the problems (one sentence each,
     * empty when none) a form should show, e.g. as {@code errors.reject(text.getKey(), text.getArguments(), null)}.
     * The account checks that need the new customer run at registration.
     */
    List<LoyaltyText> registrationProblems(RegistrationDetails details, String email);

    /**
     * {@link #registrationProblems} as sentences in the current request's language.
     *
     * @deprecated resolve {@link #registrationProblems} where they are shown instead
     */
    @Deprecated
    List<String> checkRegistrationDetails(RegistrationDetails details, String email);

    /** Records the code for the customer: a pending referral, or a refused one with its reason. */
    ReferralOutcome applyReferralCode(Customer referee, String code);

    /** Sets the birth date once; refused (with the reason) when already set or not a valid date. */
    void setBirthDate(Customer customer, String birthDate);

    void setNewsletter(Customer customer, boolean subscribed);

    /** What My loyalty and the admin show. */
    AccountOverview overview(Customer customer);

    /**
     * The registered customer whose email address or login is the mailbox of {@code email} (trimmed, compared without
     * case), the oldest when several are; null when none or nothing was typed.
     */
    Long customerIdForMailbox(String email);

    /** The refusal a code would get from this referee at capture time, or null when it would be accepted. */
    ReferralRefusal wouldRefuse(Customer referee, String code);

    /** When each friend the customer referred (referral not refused) placed their first order (what challenges count). */
    List<Date> friendsFirstOrders(Long referrerCustomerId);

    /** The referrers whose referred friends placed an order since {@code from}. */
    List<Long> referrersWithFriendOrdersSince(Date from);
}
