package com.broadleafloyalty.audit.service;

import com.broadleafloyalty.audit.core.AuditQuery;
import com.broadleafloyalty.audit.domain.AuditEntry;

import java.util.List;

/** Reads the audit log for Loyalty > Audit log and its CSV export: newest first, filtered by an {@link AuditQuery}. */
public interface AuditLog {

    /** The query's page ({@link AuditQuery#PAGE_SIZE} rows) and how many rows match in all. */
    AuditPage page(AuditQuery query);

    /** The matching rows from {@code offset}, at most {@code limit}: an export reads them in chunks. */
    List<AuditEntry> rows(AuditQuery query, int offset, int limit);
}
