package com.broadleafloyalty.audit.dao;

import com.broadleafloyalty.audit.core.AuditQuery;
import com.broadleafloyalty.audit.domain.AuditEntry;
import com.broadleafloyalty.audit.domain.AuditEntryImpl;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

public class AuditEntryDaoImpl implements AuditEntryDao {

    private static final String ENTRY = AuditEntryImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public AuditEntry create() {
        return new AuditEntryImpl();
    }

    @Override
    public AuditEntry insert(AuditEntry entry) {
        em.persist(entry);
        return entry;
    }

    @Override
    public List<AuditEntry> read(AuditQuery query, int offset, int limit) {
        TypedQuery<AuditEntry> select = em.createQuery("SELECT e FROM " + ENTRY + " e" + where(query)
                + " ORDER BY e.createdDate DESC, e.id DESC", AuditEntry.class);
        bind(select, query);
        return select.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(AuditQuery query) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM " + ENTRY + " e" + where(query), Long.class);
        bind(count, query);
        return count.getSingleResult();
    }

    private static String where(AuditQuery query) {
        StringBuilder where = new StringBuilder();
        if (query.getAdminLogin() != null) {
            and(where).append("LOWER(e.adminLogin) = :adminLogin");
        }
        if (query.getKind() != null) {
            and(where).append("e.kind = :kind");
        }
        if (query.getFirstDay() != null) {
            and(where).append("e.createdDate >= :from");
        }
        if (query.getLastDay() != null) {
            and(where).append("e.createdDate < :until");
        }
        return where.toString();
    }

    private static StringBuilder and(StringBuilder where) {
        return where.append(where.length() == 0 ? " WHERE " : " AND ");
    }

    private static void bind(TypedQuery<?> select, AuditQuery query) {
        if (query.getAdminLogin() != null) {
            select.setParameter("adminLogin", query.getAdminLogin().toLowerCase(java.util.Locale.ROOT));
        }
        if (query.getKind() != null) {
            select.setParameter("kind", query.getKind().name());
        }
        if (query.getFirstDay() != null) {
            select.setParameter("from", Date.from(query.getFirstDay().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (query.getLastDay() != null) {
            select.setParameter("until",
                    Date.from(query.getLastDay().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
    }
}
