package com.broadleafloyalty.ledger.web;

import com.broadleafloyalty.ledger.core.AccountPosition;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.PointsLedger;

import java.util.Date;
import java.util.List;

/** What the "My loyalty" page shows for one shopper: balance, available, pending, expiring soon, full history. */
public final class LoyaltyAccountView {

    private final long balance;
    private final AccountPosition position;
    private final List<PointsLedgerEntry> ledger;

    private LoyaltyAccountView(long balance, AccountPosition position, List<PointsLedgerEntry> ledger) {
        this.balance = balance;
        this.position = position;
        this.ledger = ledger;
    }

    public static LoyaltyAccountView of(Long customerId, LoyaltyPointsService service, PointsLedger pointsLedger) {
        return new LoyaltyAccountView(service.getBalance(customerId), pointsLedger.position(customerId, 0),
                service.getLedger(customerId));
    }

    public long getBalance() {
        return balance;
    }

    public long getAvailable() {
        return position.getAvailable();
    }

    public long getPending() {
        return position.getPending();
    }

    public long getExpiringSoon() {
        return position.getExpiringSoon();
    }

    public Date getNextExpiry() {
        return position.getNextExpiry() == null ? null : Date.from(position.getNextExpiry());
    }

    public List<PointsLedgerEntry> getLedger() {
        return ledger;
    }
}
