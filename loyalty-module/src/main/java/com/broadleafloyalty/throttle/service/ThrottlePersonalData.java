package com.broadleafloyalty.throttle.service;

import com.broadleafloyalty.support.privacy.PersonalData;
import com.broadleafloyalty.support.privacy.PersonalRecords;
import com.broadleafloyalty.throttle.core.ThrottleKind;
import com.broadleafloyalty.throttle.core.ThrottleSubject;
import com.broadleafloyalty.throttle.domain.ThrottleCounterImpl;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The customer's failed-attempt counters: logins and registrations are counted by login name and mailbox, codes and
 * redemptions by customer id. They last a window after the last failure or lock (hours at most; the clean-up job
 * removes them); an erasure removes them at once. Counters of client addresses are no one customer's and stay.
 */
public class ThrottlePersonalData implements PersonalData {

    private static final ThrottleKind[] BY_NAME = {ThrottleKind.LOGIN, ThrottleKind.REGISTRATION};
    private static final ThrottleKind[] BY_ID = {ThrottleKind.REFERRAL_CODE, ThrottleKind.VIP_CODE,
        ThrottleKind.REDEMPTION};

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blCustomerService")
    protected CustomerService customers;

    @Override
    public String section() {
        return "throttle";
    }

    @Override
    public Object export(Long customerId) {
        List<Map<String, Object>> counters = new ArrayList<Map<String, Object>>();
        Set<String> keys = keys(customerId);
        if (keys.isEmpty()) {
            return counters;
        }
        for (ThrottleCounterImpl counter : em.createQuery("SELECT c FROM " + ThrottleCounterImpl.class.getName()
                + " c WHERE c.key IN (:keys) ORDER BY c.key", ThrottleCounterImpl.class).setParameter("keys", keys)
                .getResultList()) {
            counters.add(PersonalRecords.record("kind", counter.getKind(), "failures", counter.getFailures(),
                    "lockedUntil", counter.getLockedUntil(), "updatedAt", counter.getUpdatedAt()));
        }
        return counters;
    }

    @Override
    public long erase(Long customerId) {
        Set<String> keys = keys(customerId);
        if (keys.isEmpty()) {
            return 0;
        }
        return em.createQuery("DELETE FROM " + ThrottleCounterImpl.class.getName() + " c WHERE c.key IN (:keys)")
                .setParameter("keys", keys).executeUpdate();
    }

    private Set<String> keys(Long customerId) {
        Set<String> keys = new LinkedHashSet<String>();
        if (customerId == null) {
            return keys;
        }
        ThrottleSubject byId = ThrottleSubject.account(String.valueOf(customerId));
        for (ThrottleKind kind : BY_ID) {
            keys.add(byId.key(kind));
        }
        Customer customer = customers.readCustomerById(customerId);
        if (customer != null) {
            for (String name : new String[] {customer.getUsername(), customer.getEmailAddress()}) {
                ThrottleSubject subject = ThrottleSubject.account(name);
                if (subject != null) {
                    for (ThrottleKind kind : BY_NAME) {
                        keys.add(subject.key(kind));
                    }
                }
            }
        }
        return keys;
    }
}
