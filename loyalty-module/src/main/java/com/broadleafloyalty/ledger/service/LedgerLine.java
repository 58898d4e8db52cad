package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.ledger.core.EntryDescription;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.support.core.LoyaltyText;

import java.util.Date;

/** One ledger entry as the storefront and the admin show it: its kind and description as texts, its order by number. */
public final class LedgerLine {

    private final PointsLedgerEntry entry;
    private final String orderNumber;

    LedgerLine(PointsLedgerEntry entry, String orderNumber) {
        this.entry = entry;
        this.orderNumber = orderNumber;
    }

    public Long getId() {
        return entry.getId();
    }

    public Date getCreatedDate() {
        return entry.getCreatedDate();
    }

    public PointsEntryType getEntryType() {
        return entry.getEntryType();
    }

    /** The kind in words: "Earned", "Used", "Bonus", … (message {@code loyalty.ledger.type.<TYPE>}). */
    public LoyaltyText getTypeText() {
        return LoyaltyText.of("loyalty.ledger.type." + entry.getEntryType().name());
    }

    public LoyaltyText getDescription() {
        return EntryDescription.of(entry.getEntryType(), entry.getSourceType(), orderNumber, entry.getReason());
    }

    public long getPoints() {
        return entry.getPoints();
    }

    /** The order's number, or null when the entry concerns no order. */
    public String getOrderNumber() {
        return orderNumber;
    }

    public Long getOrderId() {
        return entry.getOrderId();
    }

    public String getActor() {
        return entry.getActor();
    }

    /** The reason stored with the entry (the audit text, in the language it was written in). */
    public String getReason() {
        return entry.getReason();
    }
}
