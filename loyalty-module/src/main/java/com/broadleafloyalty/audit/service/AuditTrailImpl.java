package com.broadleafloyalty.audit.service;

import com.broadleafloyalty.audit.core.AuditQuery;
import com.broadleafloyalty.audit.core.AuditedChange;
import com.broadleafloyalty.audit.core.ChangedFields;
import com.broadleafloyalty.audit.dao.AuditEntryDao;
import com.broadleafloyalty.audit.domain.AuditEntry;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;

import javax.annotation.Resource;

/**
 * Writes and reads LOY_AUDIT_ENTRY. The client address is the request's remote address as the servlet container
 * sees it: behind a proxy that is the proxy's, unless the container is told to take it from X-Forwarded-For (a
 * header a client can forge, so the module does not read it itself).
 */
public class AuditTrailImpl implements AuditTrail, AuditLog {

    static final int MAX_ADDRESS_LENGTH = 64;
    static final int MAX_LOGIN_LENGTH = 255;

    @Resource(name = "blLoyaltyAuditEntryDao")
    protected AuditEntryDao entries;

    @Override
    @Transactional("blTransactionManager")
    public void record(String adminLogin, AuditedChange change) {
        AuditEntry entry = entries.create();
        entry.setCreatedDate(SystemTime.asDate());
        entry.setAdminLogin(cut(adminLogin == null || adminLogin.trim().isEmpty() ? "?" : adminLogin.trim(),
                MAX_LOGIN_LENGTH));
        entry.setKind(change.getKind().name());
        entry.setEntityType(cut(change.getEntityType(), 64));
        entry.setEntityId(change.getEntityId() == null ? null : cut(change.getEntityId(), 64));
        entry.setBefore(text(change.getBefore()));
        entry.setAfter(text(change.getAfter()));
        entry.setClientAddress(clientAddress());
        entries.insert(entry);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public AuditPage page(AuditQuery query) {
        long total = entries.count(query);
        return new AuditPage(entries.read(query, query.getOffset(), AuditQuery.PAGE_SIZE), total, query.getPage());
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<AuditEntry> rows(AuditQuery query, int offset, int limit) {
        return entries.read(query, offset, limit);
    }

    private static String text(ChangedFields fields) {
        return fields.isEmpty() ? null : fields.describe();
    }

    private static String clientAddress() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request instanceof ServletRequestAttributes) {
            String address = ((ServletRequestAttributes) request).getRequest().getRemoteAddr();
            return address == null ? null : cut(address, MAX_ADDRESS_LENGTH);
        }
        return null;
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
