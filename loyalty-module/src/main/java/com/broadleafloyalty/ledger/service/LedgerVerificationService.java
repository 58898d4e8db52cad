package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.ledger.dao.LoyaltyAccountDao;
import com.broadleafloyalty.ledger.dao.PointsLedgerDao;
import com.broadleafloyalty.ledger.domain.LoyaltyAccount;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Recomputes every balance from the append-only ledger and reports each account whose materialized balance, or
 * whose batches less debt, disagree with the sum of its entries (and any ledger without an account).
 */
public class LedgerVerificationService {

    @Resource(name = "blLoyaltyPointsLedgerDao")
    protected PointsLedgerDao entries;

    @Resource(name = "blLoyaltyAccountDao")
    protected LoyaltyAccountDao accounts;

    @Transactional(value = "blTransactionManager", readOnly = true)
    public LedgerVerification verify() {
        Map<Long, Long> sums = new HashMap<Long, Long>(entries.sumPointsByCustomer());
        List<LedgerMismatch> mismatches = new ArrayList<LedgerMismatch>();
        long total = 0;
        for (Long sum : sums.values()) {
            total += sum;
        }
        List<LoyaltyAccount> all = accounts.readAllAccounts();
        for (LoyaltyAccount account : all) {
            Long sum = sums.remove(account.getCustomerId());
            long ledgerSum = sum == null ? 0L : sum;
            long batches = accounts.sumRemaining(account.getCustomerId()) - account.getDebt();
            if (ledgerSum != account.getBalance() || ledgerSum != batches) {
                mismatches.add(new LedgerMismatch(account.getCustomerId(), ledgerSum, account.getBalance(), batches));
            }
        }
        for (Map.Entry<Long, Long> orphan : sums.entrySet()) {
            if (orphan.getValue() != 0) {
                mismatches.add(new LedgerMismatch(orphan.getKey(), orphan.getValue(), 0, 0));
            }
        }
        return new LedgerVerification(all.size(), total, mismatches);
    }
}
