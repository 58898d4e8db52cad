package com.broadleafloyalty.vip.dao;

import com.broadleafloyalty.vip.domain.PersonalCode;
import com.broadleafloyalty.vip.domain.PersonalCodeImpl;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.domain.OfferCodeImpl;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

public class PersonalCodeDaoImpl implements PersonalCodeDao {

    private static final String CODE = PersonalCodeImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public PersonalCode create() {
        return new PersonalCodeImpl();
    }

    @Override
    public Map<Long, PersonalCode> readByOfferCodeIds(Collection<Long> offerCodeIds) {
        Map<Long, PersonalCode> byCode = new HashMap<Long, PersonalCode>();
        if (offerCodeIds.isEmpty()) {
            return byCode;
        }
        List<PersonalCode> found = em.createQuery("SELECT p FROM " + CODE + " p WHERE p.offerCodeId IN :ids",
                PersonalCode.class).setParameter("ids", offerCodeIds).setFlushMode(FlushModeType.COMMIT).getResultList();
        for (PersonalCode code : found) {
            byCode.put(code.getOfferCodeId(), code);
        }
        return byCode;
    }

    @Override
    public PersonalCode readByOfferAndCustomer(Long offerId, Long customerId) {
        List<PersonalCode> found = em.createQuery("SELECT p FROM " + CODE + " p WHERE p.offerId = :offerId"
                + " AND p.customerId = :customerId", PersonalCode.class)
                .setParameter("offerId", offerId).setParameter("customerId", customerId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<PersonalCode> readByCustomer(Long customerId) {
        return em.createQuery("SELECT p FROM " + CODE + " p WHERE p.customerId = :customerId ORDER BY p.id",
                PersonalCode.class).setParameter("customerId", customerId).getResultList();
    }

    @Override
    public List<PersonalCode> readByOffer(Long offerId) {
        return em.createQuery("SELECT p FROM " + CODE + " p WHERE p.offerId = :offerId ORDER BY p.id",
                PersonalCode.class).setParameter("offerId", offerId).getResultList();
    }

    @Override
    public List<OfferCode> readSharedCodes(Long offerId) {
        // A query rather than Offer.getOfferCodes(): that collection may come from the second-level cache, stale.
        return em.createQuery("SELECT c FROM " + OfferCodeImpl.class.getName() + " c WHERE c.offer.id = :offerId"
                + " AND c.id NOT IN (SELECT p.offerCodeId FROM " + CODE + " p WHERE p.offerId = :offerId) ORDER BY c.id",
                OfferCode.class).setParameter("offerId", offerId).getResultList();
    }

    @Override
    public PersonalCode insert(PersonalCode code) {
        em.persist(code);
        em.flush();
        return code;
    }
}
