package com.broadleafloyalty.web.controller;

import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;

import java.util.List;

/** What the "My loyalty" page shows for one shopper. */
public final class LoyaltyAccountView {

    private final long balance;
    private final List<PointsLedgerEntry> ledger;

    private LoyaltyAccountView(long balance, List<PointsLedgerEntry> ledger) {
        this.balance = balance;
        this.ledger = ledger;
    }

    public static LoyaltyAccountView of(Long customerId, LoyaltyPointsService service) {
        return new LoyaltyAccountView(service.getBalance(customerId), service.getLedger(customerId));
    }

    public long getBalance() {
        return balance;
    }

    public List<PointsLedgerEntry> getLedger() {
        return ledger;
    }
}
