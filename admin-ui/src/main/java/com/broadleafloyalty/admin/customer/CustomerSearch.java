package com.broadleafloyalty.admin.customer;

import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Finds registered customers whose email address or username contains the admin's search text (any case).
 * Broadleaf's CustomerService only reads exact matches, hence this one query.
 */
public class CustomerSearch {

    /** A page of the admin shows at most this many matches; the admin narrows the text for more. */
    static final int MAX_RESULTS = 20;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    public List<Customer> find(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return Collections.emptyList();
        }
        return em.createQuery("SELECT c FROM org.broadleafcommerce.profile.core.domain.Customer c"
                + " WHERE c.registered = true AND (LOWER(c.emailAddress) LIKE :text ESCAPE '!'"
                + " OR LOWER(c.username) LIKE :text ESCAPE '!') ORDER BY c.emailAddress, c.id", Customer.class)
                .setParameter("text", "%" + escapeLike(trimmed.toLowerCase(Locale.ROOT)) + "%")
                .setMaxResults(MAX_RESULTS)
                .getResultList();
    }

    /** The admin searches for text: % and _ are literal characters, not wildcards. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
