package com.broadleafloyalty.imports.dao;

import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class ImportCustomerDaoImpl implements ImportCustomerDao {

    /** Parameters per IN list: well under every database's limit. */
    private static final int IN_LIST = 500;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public Set<Long> registeredIds(Collection<Long> ids) {
        Set<Long> found = new HashSet<Long>();
        for (List<Long> part : parts(new ArrayList<Long>(new HashSet<Long>(ids)))) {
            found.addAll(em.createQuery("SELECT c.id FROM " + Customer.class.getName()
                    + " c WHERE c.id IN (:ids) AND c.registered = true", Long.class)
                    .setParameter("ids", part).getResultList());
        }
        return found;
    }

    @Override
    public Map<String, List<Long>> registeredByEmail(Collection<String> lowerCaseEmails) {
        Map<String, List<Long>> found = new HashMap<String, List<Long>>();
        Set<String> wanted = new HashSet<String>(lowerCaseEmails);
        // Emails as written (lower case) first, which an index on the column serves; then the few stored in another
        // case, compared in lower case.
        Set<Long> seen = new HashSet<Long>();
        collect(wanted, "c.emailAddress IN (:emails)", found, seen);
        Set<String> missing = new HashSet<String>(wanted);
        missing.removeAll(found.keySet());
        collect(missing, "LOWER(c.emailAddress) IN (:emails)", found, seen);
        return found;
    }

    private void collect(Set<String> emails, String condition, Map<String, List<Long>> found, Set<Long> seen) {
        for (List<String> part : parts(new ArrayList<String>(emails))) {
            for (Object[] row : em.createQuery("SELECT c.id, c.emailAddress FROM " + Customer.class.getName()
                    + " c WHERE " + condition + " AND c.registered = true", Object[].class)
                    .setParameter("emails", part).getResultList()) {
                Long id = (Long) row[0];
                if (seen.add(id)) {
                    String email = ((String) row[1]).toLowerCase(Locale.ROOT);
                    found.computeIfAbsent(email, e -> new ArrayList<Long>()).add(id);
                }
            }
        }
    }

    private static <T> List<List<T>> parts(List<T> all) {
        List<List<T>> parts = new ArrayList<List<T>>();
        for (int i = 0; i < all.size(); i += IN_LIST) {
            parts.add(all.subList(i, Math.min(all.size(), i + IN_LIST)));
        }
        return parts;
    }
}
