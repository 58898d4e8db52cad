package com.broadleafloyalty.privacy.service;

import com.broadleafloyalty.privacy.core.PrivacyRequestKind;
import com.broadleafloyalty.privacy.dao.PrivacyRequestDao;
import com.broadleafloyalty.privacy.domain.PrivacyRequest;
import com.broadleafloyalty.privacy.domain.PrivacyRequestImpl;
import com.broadleafloyalty.support.privacy.ErasedCustomers;
import com.broadleafloyalty.support.privacy.PersonalData;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.annotation.Resource;

/** Gathers every slice's {@link PersonalData} bean: a slice that stores something about customers declares one. */
public class PrivacyServiceImpl implements PrivacyService, ErasedCustomers {

    @Resource(name = "blLoyaltyPrivacyRequestDao")
    protected PrivacyRequestDao requests;

    @Autowired(required = false)
    protected List<PersonalData> parts = new ArrayList<PersonalData>();

    @Override
    @Transactional("blTransactionManager")
    public Map<String, Object> export(Long customerId, String requestedBy) {
        Date now = SystemTime.asDate();
        Map<String, Object> document = new LinkedHashMap<String, Object>();
        document.put("customerId", customerId);
        document.put("exportedAt", now.toInstant().toString());
        PrivacyRequest erasure = requests.readErasure(customerId);
        document.put("erasedAt", erasure == null ? null : erasure.getRequestedAt().toInstant().toString());
        long records = 0;
        for (PersonalData part : sorted()) {
            Object data = part.export(customerId);
            document.put(part.section(), data);
            records += data instanceof java.util.Collection ? ((java.util.Collection<?>) data).size() : 1;
        }
        record(customerId, PrivacyRequestKind.EXPORT, UUID.randomUUID().toString(), requestedBy, now, records);
        return document;
    }

    @Override
    @Transactional("blTransactionManager")
    public ErasureReport erase(Long customerId, String requestedBy) {
        PrivacyRequest done = requests.readErasure(customerId);
        if (done != null) {
            return new ErasureReport(customerId, done.getRequestedAt(), done.getRequestedBy(), true,
                    Collections.<String, Long>emptyMap());
        }
        Date now = SystemTime.asDate();
        // Recorded first: a second node erasing the same customer at once stops on the unique key before it starts.
        PrivacyRequest request = record(customerId, PrivacyRequestKind.ERASURE, null, requestedBy, now, 0);
        Map<String, Long> records = new LinkedHashMap<String, Long>();
        for (PersonalData part : sorted()) {
            records.put(part.section(), part.erase(customerId));
        }
        ErasureReport report = new ErasureReport(customerId, now, requestedBy, false, records);
        request.setRecords(report.getTotal());
        return report;
    }

    /** Joins the caller's transaction if any, never starts one: it may be asked in the middle of other work. */
    @Override
    @Transactional(value = "blTransactionManager", propagation = Propagation.SUPPORTS, readOnly = true)
    public boolean isErased(Long customerId) {
        return customerId != null && requests.readErasure(customerId) != null;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public PrivacyRequest erasureOf(Long customerId) {
        return customerId == null ? null : requests.readErasure(customerId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<PrivacyRequest> recentRequests(int max) {
        return requests.readRequests(max);
    }

    private PrivacyRequest record(Long customerId, PrivacyRequestKind kind, String unique, String requestedBy,
            Date at, long records) {
        PrivacyRequest request = new PrivacyRequestImpl();
        request.setCustomerId(customerId);
        request.setKind(kind);
        request.setRequestKey(kind.keyFor(customerId, unique));
        request.setRequestedBy(requestedBy == null || requestedBy.trim().isEmpty() ? "unknown" : requestedBy);
        request.setRequestedAt(at);
        request.setRecords(records);
        return requests.save(request);
    }

    private List<PersonalData> sorted() {
        List<PersonalData> sorted = new ArrayList<PersonalData>(parts);
        sorted.sort(Comparator.comparing(PersonalData::section));
        return sorted;
    }
}
