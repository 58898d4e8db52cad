package com.broadleafloyalty.demo.replay.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements one checkout sent with the module and not without it (and the other way round), for the same
 * invoice: Hibernate's SQL has {@code ?} for every value, so the two lists differ only by what the module did.
 */
public final class SqlDiff {

    private final List<String> added;
    private final List<String> removed;

    private SqlDiff(List<String> added, List<String> removed) {
        this.added = added;
        this.removed = removed;
    }

    public static SqlDiff between(List<String> with, List<String> without) {
        return new SqlDiff(minus(with, without), minus(without, with));
    }

    private static List<String> minus(List<String> from, List<String> taken) {
        Map<String, Integer> left = new LinkedHashMap<String, Integer>();
        for (String statement : from) {
            left.merge(statement, 1, Integer::sum);
        }
        for (String statement : taken) {
            left.computeIfPresent(statement, (key, count) -> count == 1 ? null : count - 1);
        }
        List<String> rest = new ArrayList<String>();
        for (Map.Entry<String, Integer> entry : left.entrySet()) {
            for (int i = 0; i < entry.getValue(); i++) {
                rest.add(entry.getKey());
            }
        }
        return rest;
    }

    /** Statements only the checkout with the module sent. */
    public List<String> getAdded() {
        return added;
    }

    /** Statements only the checkout without the module sent (expected: none). */
    public List<String> getRemoved() {
        return removed;
    }
}
