package com.broadleafloyalty.audit.dao;

import com.broadleafloyalty.audit.core.AuditQuery;
import com.broadleafloyalty.audit.domain.AuditEntry;

import java.util.List;

public interface AuditEntryDao {

    AuditEntry create();

    AuditEntry insert(AuditEntry entry);

    /** The rows the query selects, newest first, from {@code offset}, at most {@code limit}. */
    List<AuditEntry> read(AuditQuery query, int offset, int limit);

    long count(AuditQuery query);
}
