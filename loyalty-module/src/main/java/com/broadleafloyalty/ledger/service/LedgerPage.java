package com.broadleafloyalty.ledger.service;

import java.util.Collections;
import java.util.List;

/** One page of a customer's ledger, newest first. Pages are numbered from 1. */
public final class LedgerPage {

    private final List<LedgerLine> lines;
    private final int page;
    private final int pageSize;
    private final long total;

    LedgerPage(List<LedgerLine> lines, int page, int pageSize, long total) {
        this.lines = Collections.unmodifiableList(lines);
        this.page = page;
        this.pageSize = pageSize;
        this.total = total;
    }

    public List<LedgerLine> getLines() {
        return lines;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public int getPage() {
        return page;
    }

    public int getPageCount() {
        return total == 0 ? 1 : (int) ((total + pageSize - 1) / pageSize);
    }

    public long getTotal() {
        return total;
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return page < getPageCount();
    }
}
