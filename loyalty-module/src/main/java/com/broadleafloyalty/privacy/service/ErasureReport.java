package com.broadleafloyalty.privacy.service;

import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an erasure request did: when, by whom, and how many records of each part it changed. */
public final class ErasureReport {

    private final Long customerId;
    private final Date erasedAt;
    private final String erasedBy;
    private final boolean alreadyErased;
    private final Map<String, Long> records;

    public ErasureReport(Long customerId, Date erasedAt, String erasedBy, boolean alreadyErased,
            Map<String, Long> records) {
        this.customerId = customerId;
        this.erasedAt = erasedAt;
        this.erasedBy = erasedBy;
        this.alreadyErased = alreadyErased;
        this.records = Collections.unmodifiableMap(new LinkedHashMap<String, Long>(records));
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Date getErasedAt() {
        return erasedAt;
    }

    public String getErasedBy() {
        return erasedBy;
    }

    /** True when the customer had been erased before: this request changed nothing. */
    public boolean isAlreadyErased() {
        return alreadyErased;
    }

    /** Records changed per part ("ledger", "account", ...); empty when already erased. */
    public Map<String, Long> getRecords() {
        return records;
    }

    public long getTotal() {
        long total = 0;
        for (Long count : records.values()) {
            total += count;
        }
        return total;
    }
}
