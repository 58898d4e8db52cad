package com.broadleafloyalty.analytics.core;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where customers moved between the segments they were in at the end of the previous period and at the end of this
 * one: customers by (segment before, segment now). {@link OrderKpis#UNASSIGNED} stands for not yet scored (a new
 * customer) or no longer scored.
 */
public final class SegmentMigration {

    private final Map<String, Map<String, Long>> moves;

    private SegmentMigration(Map<String, Map<String, Long>> moves) {
        this.moves = Collections.unmodifiableMap(moves);
    }

    public static SegmentMigration between(Map<Long, String> before, Map<Long, String> after) {
        Set<Long> customers = new HashSet<Long>(before.keySet());
        customers.addAll(after.keySet());
        Map<String, Map<String, Long>> moves = new TreeMap<String, Map<String, Long>>();
        for (Long customer : customers) {
            String from = orUnassigned(before.get(customer));
            String to = orUnassigned(after.get(customer));
            Map<String, Long> row = moves.get(from);
            if (row == null) {
                row = new TreeMap<String, Long>();
                moves.put(from, row);
            }
            Long count = row.get(to);
            row.put(to, count == null ? 1L : count + 1);
        }
        return new SegmentMigration(moves);
    }

    private static String orUnassigned(String segment) {
        return segment == null ? OrderKpis.UNASSIGNED : segment;
    }

    /** Segment before to (segment now to customers), sorted by name. */
    public Map<String, Map<String, Long>> getMoves() {
        return moves;
    }

    /** Customers who were in the same scored segment at both ends. */
    public long stayed() {
        long stayed = 0;
        for (Map.Entry<String, Map<String, Long>> row : moves.entrySet()) {
            Long same = row.getValue().get(row.getKey());
            if (same != null && !OrderKpis.UNASSIGNED.equals(row.getKey())) {
                stayed += same;
            }
        }
        return stayed;
    }

    /** Counts of a segment-like map: how many customers have each value. */
    public static Map<String, Long> countBy(Map<Long, String> customers) {
        Map<String, Long> counts = new TreeMap<String, Long>();
        for (String value : customers.values()) {
            String key = orUnassigned(value);
            Long count = counts.get(key);
            counts.put(key, count == null ? 1L : count + 1);
        }
        return counts;
    }
}
