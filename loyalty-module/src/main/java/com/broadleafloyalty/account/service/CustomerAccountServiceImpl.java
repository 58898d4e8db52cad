package com.broadleafloyalty.account.service;

import com.broadleafloyalty.account.core.BirthDateRefusedException;
import com.broadleafloyalty.account.core.BirthDates;
import com.broadleafloyalty.account.core.Mailbox;
import com.broadleafloyalty.account.core.NewsletterLoyalty;
import com.broadleafloyalty.account.core.ReferralCodes;
import com.broadleafloyalty.account.core.ReferralRefusal;
import com.broadleafloyalty.account.core.ReferralRules;
import com.broadleafloyalty.account.dao.CustomerLoyaltyProfileDao;
import com.broadleafloyalty.account.dao.CustomerOrdersDao;
import com.broadleafloyalty.account.dao.ReferralDao;
import com.broadleafloyalty.account.domain.CustomerLoyaltyProfile;
import com.broadleafloyalty.account.domain.Referral;
import com.broadleafloyalty.account.domain.ReferralStatus;
import com.broadleafloyalty.engagement.service.EngagementMailService;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.service.LoyaltyProgram;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.support.core.LoyaltyText;
import com.broadleafloyalty.support.i18n.LoyaltyMessages;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import javax.annotation.Resource;

public class CustomerAccountServiceImpl implements CustomerAccountService {

    /** Ledger source type of the sign-up bonus; the source id is the customer id. */
    public static final String SOURCE_SIGNUP = "SIGNUP";

    private static final int CODE_ATTEMPTS = 20;

    @Resource(name = "blLoyaltyCustomerProfileDao")
    protected CustomerLoyaltyProfileDao profiles;

    @Resource(name = "blLoyaltyReferralDao")
    protected ReferralDao referrals;

    @Resource(name = "blLoyaltyCustomerOrdersDao")
    protected CustomerOrdersDao orders;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

    @Resource(name = "blLoyaltyMessages")
    protected LoyaltyMessages messages;

    @Resource(name = "blLoyaltyEngagementMailService")
    protected EngagementMailService mails;

    protected ReferralCodes codes = new ReferralCodes();
    protected final ReferralRules rules = new ReferralRules();
    protected long signupPoints = 100;

    @Override
    @Transactional("blTransactionManager")
    public CustomerLoyaltyProfile profileOf(Customer customer) {
        CustomerLoyaltyProfile profile = profiles.readByCustomer(customer.getId());
        if (profile != null) {
            return profile;
        }
        Date now = SystemTime.asDate();
        profile = profiles.create();
        profile.setCustomerId(customer.getId());
        profile.setReferralCode(newCode());
        Date created = customer.getAuditable() == null ? null : customer.getAuditable().getDateCreated();
        profile.setRegisteredAt(created == null ? now : created);
        profile.setCreatedDate(now);
        return profiles.save(profile);
    }

    /** A code nobody holds yet. The unique constraint still guards the (about 1 in 10^12) race between nodes. */
    protected String newCode() {
        for (int i = 0; i < CODE_ATTEMPTS; i++) {
            String code = codes.next();
            if (profiles.readByCode(code) == null) {
                return code;
            }
        }
        throw new IllegalStateException("No free referral code after " + CODE_ATTEMPTS + " attempts");
    }

    @Override
    @Transactional("blTransactionManager")
    public List<LoyaltyText> registered(Customer customer, RegistrationDetails details) {
        profileOf(customer);
        if (signupPoints > 0 && details.isSignupBonus() && !mailboxSharedWithOthers(customer)) {
            Date now = SystemTime.asDate();
            ledger.credit(Posting.of(customer.getId(), PointsEntryType.BONUS, signupPoints, SOURCE_SIGNUP,
                    customer.getId()).reason("Sign-up bonus").availability(now, program.expiresAt(now)));
        }
        List<LoyaltyText> problems = new ArrayList<LoyaltyText>();
        if (details.getReferralCode() != null) {
            ReferralOutcome outcome = applyReferralCode(customer, details.getReferralCode());
            if (!outcome.isAccepted()) {
                problems.add(LoyaltyText.of("loyalty.registration.referralNotAccepted", details.getReferralCode(),
                        outcome.getMessage()));
            }
        }
        if (details.getBirthDate() != null) {
            try {
                setBirthDate(customer, details.getBirthDate());
            } catch (AccountSettingRefusedException e) {
                problems.add(LoyaltyText.of("loyalty.registration.birthDateNotSaved", e.getText()));
            }
        }
        if (details.isNewsletter()) {
            setNewsletter(customer, true);
        }
        return problems;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<String> checkRegistrationDetails(RegistrationDetails details, String email) {
        List<String> sentences = new ArrayList<String>();
        for (LoyaltyText problem : registrationProblems(details, email)) {
            sentences.add(messages.text(problem));
        }
        return sentences;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<LoyaltyText> registrationProblems(RegistrationDetails details, String email) {
        List<LoyaltyText> problems = new ArrayList<LoyaltyText>();
        if (details.getReferralCode() != null) {
            String code = ReferralCodes.normalize(details.getReferralCode());
            ReferralRefusal refusal = null;
            if (code == null) {
                refusal = ReferralRefusal.MALFORMED_CODE;
            } else {
                CustomerLoyaltyProfile owner = profiles.readByCode(code);
                if (owner == null) {
                    refusal = ReferralRefusal.UNKNOWN_CODE;
                } else {
                    Customer referrer = customerService.readCustomerById(owner.getCustomerId());
                    if (referrer != null && email != null
                            && email.trim().equalsIgnoreCase(String.valueOf(referrer.getEmailAddress()).trim())) {
                        refusal = ReferralRefusal.SELF_REFERRAL_EMAIL;
                    }
                }
            }
            if (refusal != null) {
                problems.add(LoyaltyText.of("loyalty.registration.referralCode", LoyaltyText.of(refusal.messageKey())));
            }
        }
        if (details.getBirthDate() != null) {
            try {
                BirthDates.parse(details.getBirthDate(), today());
            } catch (BirthDateRefusedException e) {
                problems.add(LoyaltyText.of("loyalty.registration.birthDate", e.getText()));
            }
        }
        return problems;
    }

    @Override
    @Transactional("blTransactionManager")
    public ReferralOutcome applyReferralCode(Customer referee, String text) {
        if (alreadyReferred(referee)) {
            return new ReferralOutcome(null, ReferralRefusal.ALREADY_REFERRED);
        }
        Capture capture = capture(referee, text);
        if (capture.refusal == ReferralRefusal.MALFORMED_CODE || capture.refusal == ReferralRefusal.UNKNOWN_CODE) {
            // Nobody's code: nothing to record, and the shopper may correct a typo.
            return new ReferralOutcome(null, capture.refusal);
        }
        Date now = SystemTime.asDate();
        Referral referral = referrals.create();
        referral.setRefereeCustomerId(referee.getId());
        referral.setReferrerCustomerId(capture.referrerId);
        referral.setCode(capture.code);
        referral.setCreatedDate(now);
        if (capture.refusal == null) {
            referral.setStatus(ReferralStatus.PENDING);
        } else {
            referral.setStatus(ReferralStatus.REFUSED);
            referral.setRefusal(capture.refusal);
            referral.setDecidedDate(now);
        }
        return new ReferralOutcome(referrals.save(referral), capture.refusal);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Long customerIdForMailbox(String email) {
        String mailbox = Mailbox.of(email);
        List<Long> ids = mailbox == null ? Collections.<Long>emptyList() : profiles.readCustomerIdsByMailbox(mailbox);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /**
     * Whether another registered customer has this customer's mailbox: a site that lets {@code DEMO@EXAMPLE.COM}
     * register next to {@code demo@example.com} still grants one sign-up bonus and one referral per mailbox.
     */
    private boolean mailboxSharedWithOthers(Customer customer) {
        return !otherCustomersWithMailbox(customer).isEmpty();
    }

    private List<Long> otherCustomersWithMailbox(Customer customer) {
        String mailbox = Mailbox.of(customer.getEmailAddress());
        if (mailbox == null) {
            return Collections.emptyList();
        }
        List<Long> others = new ArrayList<Long>(profiles.readCustomerIdsByMailbox(mailbox));
        others.remove(customer.getId());
        return others;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public ReferralRefusal wouldRefuse(Customer referee, String code) {
        if (alreadyReferred(referee)) {
            return ReferralRefusal.ALREADY_REFERRED;
        }
        return capture(referee, code).refusal;
    }

    /** This account, or another account of the same mailbox, already has a referral. */
    private boolean alreadyReferred(Customer referee) {
        if (referrals.readByReferee(referee.getId()) != null) {
            return true;
        }
        for (Long other : otherCustomersWithMailbox(referee)) {
            if (referrals.readByReferee(other) != null) {
                return true;
            }
        }
        return false;
    }

    private Capture capture(Customer referee, String text) {
        String code = ReferralCodes.normalize(text);
        if (code == null) {
            return new Capture(null, null, ReferralRefusal.MALFORMED_CODE);
        }
        CustomerLoyaltyProfile owner = profiles.readByCode(code);
        Customer referrer = owner == null ? null : customerService.readCustomerById(owner.getCustomerId());
        Optional<ReferralRefusal> refusal = rules.checkCapture(
                new ReferralRules.Party(referee.getId(), referee.getEmailAddress()),
                referrer == null ? null : new ReferralRules.Party(referrer.getId(), referrer.getEmailAddress()),
                orders.hasOrdered(referee.getId()), false);
        return new Capture(code, referrer == null ? null : referrer.getId(), refusal.orElse(null));
    }

    @Override
    @Transactional("blTransactionManager")
    public void setBirthDate(Customer customer, String text) {
        CustomerLoyaltyProfile profile = profileOf(customer);
        if (profile.getBirthDate() != null) {
            throw new AccountSettingRefusedException("loyalty.birthDate.alreadySet");
        }
        LocalDate date;
        try {
            date = BirthDates.parse(text, today());
        } catch (BirthDateRefusedException e) {
            throw new AccountSettingRefusedException(e.getMessageKey(), e.getArguments());
        }
        profile.setBirthDate(Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant()));
        profiles.save(profile);
    }

    @Override
    @Transactional("blTransactionManager")
    public void setNewsletter(Customer customer, boolean subscribed) {
        CustomerLoyaltyProfile profile = profileOf(customer);
        Date now = SystemTime.asDate();
        if (subscribed && profile.getNewsletterSubscribedSince() == null) {
            profile.setNewsletterSubscribedSince(now);
        } else if (!subscribed && profile.getNewsletterSubscribedSince() != null) {
            profile.setNewsletterSubscribedSince(null);
            profile.setNewsletterUnsubscribedAt(now);
        }
        profiles.save(profile);
    }

    @Override
    @Transactional("blTransactionManager")
    public AccountOverview overview(Customer customer) {
        CustomerLoyaltyProfile profile = profileOf(customer);
        List<AccountOverview.ReferralRow> made = new ArrayList<AccountOverview.ReferralRow>();
        for (Referral referral : referrals.readByReferrer(customer.getId())) {
            made.add(row(referral, referral.getRefereeCustomerId(), referral.getReferrerPoints()));
        }
        Referral received = referrals.readByReferee(customer.getId());
        AccountOverview.ReferralRow referredBy = received == null ? null
                : row(received, received.getReferrerCustomerId(), received.getRefereePoints());
        LocalDate since = local(profile.getNewsletterSubscribedSince());
        boolean loyal = NewsletterLoyalty.isLoyal(since, local(orders.readLastPurchaseDate(customer.getId())),
                () -> mails.isEngaged(customer.getId()), today());
        return new AccountOverview(profile.getReferralCode(), Collections.unmodifiableList(made), referredBy,
                profile.getBirthDate(), profile.getNewsletterSubscribedSince(), profile.getNewsletterUnsubscribedAt(),
                loyal, profile.getRegisteredAt());
    }

    private AccountOverview.ReferralRow row(Referral referral, Long otherCustomerId, long points) {
        return new AccountOverview.ReferralRow(referral.getId(), otherCustomerId, displayName(otherCustomerId),
                referral.getStatus().name(), referral.getStatus() == ReferralStatus.REWARDED ? points : 0,
                referral.getRefusal() == null ? null : LoyaltyText.of(referral.getRefusal().messageKey()),
                referral.getCreatedDate(),
                referral.getDecidedDate());
    }

    /** "First L." so a shopper never sees another shopper's email or full name; null when there is no name. */
    protected String displayName(Long customerId) {
        Customer customer = customerId == null ? null : customerService.readCustomerById(customerId);
        if (customer == null) {
            return null;
        }
        String first = customer.getFirstName() == null ? "" : customer.getFirstName().trim();
        String last = customer.getLastName() == null ? "" : customer.getLastName().trim();
        String name = (first + (last.isEmpty() ? "" : " " + last.charAt(0) + ".")).trim();
        return name.isEmpty() ? null : name;
    }

    static LocalDate today() {
        return SystemTime.asDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    static LocalDate local(Date date) {
        return date == null ? null : new Date(date.getTime()).toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    public void setSignupPoints(long signupPoints) {
        this.signupPoints = signupPoints;
    }

    public void setCodes(ReferralCodes codes) {
        this.codes = codes;
    }

    private static final class Capture {
        final String code;
        final Long referrerId;
        final ReferralRefusal refusal;

        Capture(String code, Long referrerId, ReferralRefusal refusal) {
            this.code = code;
            this.referrerId = referrerId;
            this.refusal = refusal;
        }
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<Date> friendsFirstOrders(Long referrerCustomerId) {
        return referrals.readFriendsFirstOrders(referrerCustomerId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<Long> referrersWithFriendOrdersSince(Date from) {
        return referrals.readReferrersWithFriendOrdersSince(from);
    }
}
