package com.broadleafloyalty.demo.replay;

import com.broadleafloyalty.demo.replay.history.ExpectedPoints;
import com.broadleafloyalty.demo.replay.history.Invoice;
import com.broadleafloyalty.demo.replay.shop.PlacedOrder;
import com.broadleafloyalty.ledger.service.LedgerMismatch;
import com.broadleafloyalty.ledger.service.LedgerVerification;
import com.broadleafloyalty.ledger.service.LedgerVerificationService;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the module's ledger table, read with plain SQL, with {@link ExpectedPoints}: each order's award, and each
 * customer's balance (the sum of the customer's entries). Any award of a comparison order (placed with the module
 * switched off) is a mismatch too. The module's own verification (each account's stored balance and batches against
 * its ledger) adds its mismatches.
 */
final class LedgerCheck {

    private static final int EXAMPLES = 5;

    private final JdbcTemplate jdbc;

    final List<String> examples = new ArrayList<String>();
    long earned;
    long clawedBack;
    long otherEntries;
    int ordersChecked;
    int orderMismatches;
    int customersChecked;
    int customerMismatches;
    /** The module's own verification (materialized balances and batches against the ledger), when it has one. */
    LedgerVerification verification;

    LedgerCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    LedgerCheck run(ExpectedPoints expected, Map<Invoice, PlacedOrder> placed, Map<String, Long> customerIds) {
        for (Map<String, Object> row : jdbc.queryForList(
                "SELECT ENTRY_TYPE, SUM(POINTS) AS POINTS FROM LOY_LEDGER_ENTRY GROUP BY ENTRY_TYPE")) {
            long points = ((Number) row.get("POINTS")).longValue();
            if ("EARN".equals(row.get("ENTRY_TYPE"))) {
                earned = points;
            } else if ("CLAWBACK".equals(row.get("ENTRY_TYPE"))) {
                clawedBack = -points;
            } else {
                otherEntries += points;
            }
        }
        checkOrders(expected, placed);
        checkCustomers(expected, customerIds);
        return this;
    }

    private void checkOrders(ExpectedPoints expected, Map<Invoice, PlacedOrder> placed) {
        Map<Long, Long> awards = new HashMap<Long, Long>();
        for (Map<String, Object> row : jdbc.queryForList(
                "SELECT SOURCE_ID, SUM(POINTS) AS POINTS FROM LOY_LEDGER_ENTRY WHERE ENTRY_TYPE = 'EARN'"
                        + " GROUP BY SOURCE_ID")) {
            awards.put(((Number) row.get("SOURCE_ID")).longValue(), ((Number) row.get("POINTS")).longValue());
        }
        for (Map.Entry<Invoice, PlacedOrder> order : placed.entrySet()) {
            Long award = awards.remove(order.getValue().getOrderId());
            long actual = award == null ? 0L : award;
            ordersChecked++;
            if (actual != expected.earnedBy(order.getKey())) {
                orderMismatches++;
                example("invoice " + order.getKey() + " earned " + actual + ", expected "
                        + expected.earnedBy(order.getKey()));
            }
        }
        for (Map.Entry<Long, Long> stray : awards.entrySet()) {
            orderMismatches++;
            example("order " + stray.getKey() + " (not a replayed invoice) earned " + stray.getValue());
        }
    }

    private void checkCustomers(ExpectedPoints expected, Map<String, Long> customerIds) {
        Map<Long, Long> balances = new HashMap<Long, Long>();
        for (Map<String, Object> row : jdbc.queryForList(
                "SELECT CUSTOMER_ID, SUM(POINTS) AS POINTS FROM LOY_LEDGER_ENTRY GROUP BY CUSTOMER_ID")) {
            balances.put(((Number) row.get("CUSTOMER_ID")).longValue(), ((Number) row.get("POINTS")).longValue());
        }
        Set<Long> known = new HashSet<Long>();
        for (Map.Entry<String, Long> customer : customerIds.entrySet()) {
            known.add(customer.getValue());
            Long balance = balances.get(customer.getValue());
            Long wanted = expected.balances().get(customer.getKey());
            long actual = balance == null ? 0L : balance;
            long expectedBalance = wanted == null ? 0L : wanted;
            customersChecked++;
            if (actual != expectedBalance) {
                customerMismatches++;
                example("customer " + customer.getKey() + " has " + actual + " points, expected " + expectedBalance);
            }
        }
        for (Long customerId : balances.keySet()) {
            if (!known.contains(customerId)) {
                customerMismatches++;
                example("customer id " + customerId + " (not in the history) has " + balances.get(customerId));
            }
        }
    }

    private void example(String mismatch) {
        if (examples.size() < EXAMPLES) {
            examples.add(mismatch);
        }
    }

    LedgerCheck verifiedBy(LedgerVerificationService service) {
        verification = service.verify();
        for (LedgerMismatch mismatch : verification.getMismatches()) {
            example("module verification: " + mismatch);
        }
        return this;
    }

    int verificationMismatches() {
        return verification == null ? 0 : verification.getMismatches().size();
    }

    int mismatches() {
        return orderMismatches + customerMismatches + verificationMismatches();
    }
}
