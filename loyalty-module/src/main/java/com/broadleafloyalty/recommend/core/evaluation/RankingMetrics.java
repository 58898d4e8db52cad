package com.broadleafloyalty.recommend.core.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Averages top-k metrics over customers, with binary relevance (a product is relevant when the customer bought it in
 * the test period): HR@k (at least one hit), Precision@k (hits / k), Recall@k (hits / relevant), NDCG@k (DCG with a
 * log2(rank + 1) discount over the ideal DCG of min(k, relevant) hits), and catalog coverage (distinct catalog
 * products recommended to anyone in a top k / catalog size). A list shorter than k counts its missing places as misses.
 */
public final class RankingMetrics {

    private final int k;
    private final Set<String> recommended = new HashSet<String>();
    private int customers;
    private double hitRate;
    private double precision;
    private double recall;
    private double ndcg;

    public RankingMetrics(int k) {
        this.k = k;
    }

    public void add(List<String> list, Set<String> relevant) {
        if (relevant.isEmpty()) {
            throw new IllegalArgumentException("A customer without relevant products cannot be evaluated");
        }
        int hits = 0;
        double dcg = 0d;
        for (int rank = 0; rank < Math.min(k, list.size()); rank++) {
            recommended.add(list.get(rank));
            if (relevant.contains(list.get(rank))) {
                hits++;
                dcg += discount(rank);
            }
        }
        double idealDcg = 0d;
        for (int rank = 0; rank < Math.min(k, relevant.size()); rank++) {
            idealDcg += discount(rank);
        }
        customers++;
        hitRate += hits > 0 ? 1d : 0d;
        precision += hits / (double) k;
        recall += hits / (double) relevant.size();
        ndcg += dcg / idealDcg;
    }

    /** 1 / log2(rank + 2) for a zero-based rank: 1 at the top, 0.63 second, 0.5 third. */
    static double discount(int rank) {
        return 1d / (Math.log(rank + 2d) / Math.log(2d));
    }

    public int getCustomers() {
        return customers;
    }

    public double getHitRate() {
        return customers == 0 ? 0d : hitRate / customers;
    }

    public double getPrecision() {
        return customers == 0 ? 0d : precision / customers;
    }

    public double getRecall() {
        return customers == 0 ? 0d : recall / customers;
    }

    public double getNdcg() {
        return customers == 0 ? 0d : ndcg / customers;
    }

    public double coverage(Set<String> catalog) {
        if (catalog.isEmpty()) {
            return 0d;
        }
        int covered = 0;
        for (String product : recommended) {
            if (catalog.contains(product)) {
                covered++;
            }
        }
        return covered / (double) catalog.size();
    }
}
