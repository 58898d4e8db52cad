package com.broadleafloyalty.ledger.web;

import com.broadleafloyalty.ledger.core.AccountPosition;
import com.broadleafloyalty.ledger.service.LedgerPage;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.PointsLedger;

import java.util.Date;

/**
 * What the "My loyalty" page shows for one shopper: balance, available, pending (and when they become available),
 * expiring soon, and one page of the history ({@value #PAGE_SIZE} lines, page from the {@value #PAGE_PARAMETER}
 * parameter).
 */
public final class LoyaltyAccountView {

    public static final String PAGE_PARAMETER = "ledgerPage";
    public static final int PAGE_SIZE = 20;

    private final long balance;
    private final AccountPosition position;
    private final LedgerPage ledger;

    private LoyaltyAccountView(long balance, AccountPosition position, LedgerPage ledger) {
        this.balance = balance;
        this.position = position;
        this.ledger = ledger;
    }

    public static LoyaltyAccountView of(Long customerId, int page, LoyaltyPointsService service,
            PointsLedger pointsLedger) {
        return new LoyaltyAccountView(service.getBalance(customerId), pointsLedger.position(customerId, 0),
                service.ledgerPage(customerId, page, PAGE_SIZE));
    }

    /** The page number a request asked for: a whole number from 1, else the first page. */
    public static int page(String parameter) {
        return parameter != null && parameter.matches("[0-9]{1,6}") ? Math.max(1, Integer.parseInt(parameter)) : 1;
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

    /** When the first pending points become available, or null with none pending. */
    public Date getNextAvailable() {
        return position.getNextAvailable() == null ? null : Date.from(position.getNextAvailable());
    }

    public long getExpiringSoon() {
        return position.getExpiringSoon();
    }

    public Date getNextExpiry() {
        return position.getNextExpiry() == null ? null : Date.from(position.getNextExpiry());
    }

    public LedgerPage getLedger() {
        return ledger;
    }
}
