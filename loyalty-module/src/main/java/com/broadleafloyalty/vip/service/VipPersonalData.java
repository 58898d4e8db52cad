package com.broadleafloyalty.vip.service;

import com.broadleafloyalty.support.privacy.PersonalData;
import com.broadleafloyalty.support.privacy.PersonalRecords;
import com.broadleafloyalty.vip.domain.PersonalCodeImpl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The personal offer codes issued to the customer. An erasure removes the link between a code and the customer (the
 * Broadleaf offer code itself, a promotion, stays as the merchant configured it).
 */
public class VipPersonalData implements PersonalData {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public String section() {
        return "personalCodes";
    }

    @Override
    public Object export(Long customerId) {
        List<Map<String, Object>> codes = new ArrayList<Map<String, Object>>();
        for (PersonalCodeImpl code : em.createQuery("SELECT c FROM " + PersonalCodeImpl.class.getName()
                + " c WHERE c.customerId = :id ORDER BY c.id", PersonalCodeImpl.class).setParameter("id", customerId)
                .getResultList()) {
            codes.add(PersonalRecords.record("code", code.getCode(), "offerId", code.getOfferId(),
                    "issuedToSegment", code.getIssuedToSegment(), "createdDate", code.getCreatedDate()));
        }
        return codes;
    }

    @Override
    public long erase(Long customerId) {
        return em.createQuery("DELETE FROM " + PersonalCodeImpl.class.getName() + " c WHERE c.customerId = :id")
                .setParameter("id", customerId).executeUpdate();
    }
}
