package com.broadleafloyalty.audit.service;

import com.broadleafloyalty.audit.core.AuditQuery;
import com.broadleafloyalty.audit.domain.AuditEntry;

import java.util.Collections;
import java.util.List;

/** One page of the audit log and the size of the whole selection. */
public final class AuditPage {

    private final List<AuditEntry> entries;
    private final long total;
    private final int page;

    AuditPage(List<AuditEntry> entries, long total, int page) {
        this.entries = Collections.unmodifiableList(entries);
        this.total = total;
        this.page = page;
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    /** At least 1, so "page 1 of 1" reads right for an empty selection. */
    public int getPageCount() {
        return (int) Math.max(1, (total + AuditQuery.PAGE_SIZE - 1) / AuditQuery.PAGE_SIZE);
    }

    public boolean hasNext() {
        return page < getPageCount();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
