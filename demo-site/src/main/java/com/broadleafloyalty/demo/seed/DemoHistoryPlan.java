package com.broadleafloyalty.demo.seed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A year of demo orders, drawn from a seeded generator (the same every first start): a few dozen customers of
 * unequal loyalty (a few order often, most once or twice), one order in eight by a guest, one to three products an
 * order, points spent now and then, feedback on a quarter of the members' orders, a few items returned.
 */
final class DemoHistoryPlan {

    static final long SEED = 14L;

    /** One order to place. */
    static final class PlannedOrder {
        /** Index of the demo customer, or -1 for a guest. */
        final int customer;
        final Instant at;
        final List<int[]> lines = new ArrayList<int[]>();
        /** Share (0-1) of the available points to spend on the order; 0 = none. */
        double spendShare;
        /** NPS and CSAT given a day later, or null. */
        int[] feedback;
        /** Return the first line this many days later; -1 = keep everything. */
        int returnAfterDays = -1;

        PlannedOrder(int customer, Instant at) {
            this.customer = customer;
            this.at = at;
        }
    }

    private DemoHistoryPlan() {
    }

    /** {@code orders} orders over the {@code days} days before {@code end}, oldest first. */
    static List<PlannedOrder> of(int orders, int customers, int products, int days, Instant end) {
        Random random = new Random(SEED);
        double[] weights = new double[customers];
        double total = 0;
        for (int i = 0; i < customers; i++) {
            weights[i] = 1.0 / Math.pow(i + 1, 0.9);
            total += weights[i];
        }
        List<Instant> times = new ArrayList<Instant>();
        long span = Duration.ofDays(days).getSeconds();
        for (int i = 0; i < orders; i++) {
            times.add(end.minusSeconds(3600 + (long) (random.nextDouble() * (span - 7200))));
        }
        Collections.sort(times);
        List<PlannedOrder> plan = new ArrayList<PlannedOrder>();
        for (Instant at : times) {
            PlannedOrder order = new PlannedOrder(random.nextInt(8) == 0 ? -1 : pick(weights, total, random), at);
            int lines = 1 + random.nextInt(3);
            for (int l = 0; l < lines; l++) {
                order.lines.add(new int[] {random.nextInt(products), 1 + (random.nextInt(4) == 0 ? 1 : 0)});
            }
            if (order.customer >= 0) {
                order.spendShare = random.nextInt(5) == 0 ? 0.5 + random.nextInt(2) * 0.5 : 0;
                if (random.nextInt(4) == 0) {
                    order.feedback = new int[] {feedbackNps(random), 3 + random.nextInt(3) - (random.nextInt(6) == 0
                            ? 2 : 0)};
                }
                order.returnAfterDays = random.nextInt(25) == 0 ? 3 + random.nextInt(10) : -1;
            }
            plan.add(order);
        }
        return plan;
    }

    /** Mostly promoters, some passives, a few detractors. */
    private static int feedbackNps(Random random) {
        int draw = random.nextInt(10);
        return draw < 6 ? 9 + random.nextInt(2) : draw < 8 ? 7 + random.nextInt(2) : random.nextInt(7);
    }

    private static int pick(double[] weights, double total, Random random) {
        double draw = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw <= 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
