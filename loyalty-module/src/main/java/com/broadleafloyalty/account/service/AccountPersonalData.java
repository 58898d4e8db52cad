package com.broadleafloyalty.account.service;

import com.broadleafloyalty.account.core.ReferralCodes;
import com.broadleafloyalty.account.domain.CustomerLoyaltyProfileImpl;
import com.broadleafloyalty.account.domain.ReferralImpl;
import com.broadleafloyalty.account.domain.ReferralStatus;
import com.broadleafloyalty.support.privacy.PersonalData;
import com.broadleafloyalty.support.privacy.PersonalRecords;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The loyalty profile (referral code, birth date, newsletter dates) and the referrals the customer took part in.
 * An export shows the customer's side of a referral only, never who the other person was. An erasure removes the
 * birth date and newsletter dates, replaces the referral code (the old one no longer leads to this customer) and
 * cuts every referral's link between the customer and another person; a pending referral is refused.
 */
public class AccountPersonalData implements PersonalData {

    private static final String ERASED_CODE = "ERASED";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    protected ReferralCodes codes = new ReferralCodes();

    @Override
    public String section() {
        return "account";
    }

    @Override
    public Object export(Long customerId) {
        Map<String, Object> account = new LinkedHashMap<String, Object>();
        for (CustomerLoyaltyProfileImpl profile : profiles(customerId)) {
            account.put("profile", PersonalRecords.record("referralCode", profile.getReferralCode(),
                    "birthDate", profile.getBirthDate(), "registeredAt", profile.getRegisteredAt(),
                    "newsletterSubscribedSince", profile.getNewsletterSubscribedSince(),
                    "newsletterUnsubscribedAt", profile.getNewsletterUnsubscribedAt(),
                    "lastBirthdayBonusYear", profile.getLastBirthdayBonusYear(),
                    "lastAnniversaryBonusYear", profile.getLastAnniversaryBonusYear()));
        }
        List<Map<String, Object>> referrals = new ArrayList<Map<String, Object>>();
        for (ReferralImpl referral : referrals(customerId)) {
            boolean referrer = customerId.equals(referral.getReferrerCustomerId());
            referrals.add(PersonalRecords.record("role", referrer ? "REFERRER" : "REFEREE",
                    "status", referral.getStatus(), "refusal", referral.getRefusal(),
                    "points", referrer ? referral.getReferrerPoints() : referral.getRefereePoints(),
                    "createdDate", referral.getCreatedDate(), "decidedDate", referral.getDecidedDate()));
        }
        account.put("referrals", referrals);
        return account;
    }

    @Override
    public long erase(Long customerId) {
        long changed = 0;
        for (CustomerLoyaltyProfileImpl profile : profiles(customerId)) {
            profile.setBirthDate(null);
            profile.setNewsletterSubscribedSince(null);
            profile.setNewsletterUnsubscribedAt(null);
            profile.setReferralCode(freeCode());
            changed++;
        }
        for (ReferralImpl referral : referrals(customerId)) {
            referral.setReferrerCustomerId(null);
            referral.setCode(ERASED_CODE);
            if (referral.getStatus() == ReferralStatus.PENDING) {
                referral.setStatus(ReferralStatus.REFUSED);
            }
            changed++;
        }
        em.flush();
        return changed;
    }

    private List<CustomerLoyaltyProfileImpl> profiles(Long customerId) {
        return em.createQuery("SELECT p FROM " + CustomerLoyaltyProfileImpl.class.getName()
                + " p WHERE p.customerId = :id", CustomerLoyaltyProfileImpl.class).setParameter("id", customerId)
                .getResultList();
    }

    private List<ReferralImpl> referrals(Long customerId) {
        return em.createQuery("SELECT r FROM " + ReferralImpl.class.getName()
                + " r WHERE r.referrerCustomerId = :id OR r.refereeCustomerId = :id ORDER BY r.id",
                ReferralImpl.class).setParameter("id", customerId).getResultList();
    }

    private String freeCode() {
        for (int i = 0; i < 20; i++) {
            String code = codes.next();
            if (em.createQuery("SELECT COUNT(p) FROM " + CustomerLoyaltyProfileImpl.class.getName()
                    + " p WHERE p.referralCode = :code", Long.class).setParameter("code", code)
                    .getSingleResult() == 0) {
                return code;
            }
        }
        throw new IllegalStateException("No free referral code after 20 attempts");
    }
}
