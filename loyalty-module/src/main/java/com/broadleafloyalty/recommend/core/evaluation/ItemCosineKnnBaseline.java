package com.broadleafloyalty.recommend.core.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Baseline: classic item-item collaborative filtering. Cosine similarity of products over the binary customer x
 * product matrix, {@code co-buyers(i, j) / sqrt(buyers(i) * buyers(j))}, full neighbourhood, no recency; a customer's
 * score for a product is the sum of its similarities to everything the customer bought. Ties: more buyers first.
 */
public final class ItemCosineKnnBaseline implements EvaluatedModel {

    private final Map<String, Integer> numbers = new HashMap<String, Integer>();
    private final List<String> ids = new ArrayList<String>();
    private final Map<String, int[]> customers = new HashMap<String, int[]>();
    private final float[][] similarity;
    private final int[] buyers;

    public ItemCosineKnnBaseline(Map<String, Set<String>> productsPerCustomer) {
        for (Map.Entry<String, Set<String>> customer : productsPerCustomer.entrySet()) {
            int[] bought = new int[customer.getValue().size()];
            int k = 0;
            for (String product : customer.getValue()) {
                Integer number = numbers.get(product);
                if (number == null) {
                    number = ids.size();
                    numbers.put(product, number);
                    ids.add(product);
                }
                bought[k++] = number;
            }
            customers.put(customer.getKey(), bought);
        }
        int n = ids.size();
        similarity = new float[n][n];
        buyers = new int[n];
        for (int[] bought : customers.values()) {
            for (int a : bought) {
                buyers[a]++;
                for (int b : bought) {
                    if (a != b) {
                        similarity[a][b]++;
                    }
                }
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (similarity[a][b] > 0f) {
                    similarity[a][b] = (float) (similarity[a][b] / Math.sqrt((double) buyers[a] * buyers[b]));
                }
            }
        }
    }

    @Override
    public String name() {
        return "Item-item cosine kNN (baseline)";
    }

    @Override
    public List<String> recommend(String customerId, int count, Set<String> excluded) {
        final double[] scores = new double[ids.size()];
        int[] bought = customers.get(customerId);
        if (bought != null) {
            for (int product : bought) {
                float[] row = similarity[product];
                for (int other = 0; other < scores.length; other++) {
                    scores[other] += row[other];
                }
            }
        }
        List<Integer> ranked = new ArrayList<Integer>(scores.length);
        for (int p = 0; p < scores.length; p++) {
            if (!excluded.contains(ids.get(p))) {
                ranked.add(p);
            }
        }
        ranked.sort((a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a])
                : buyers[a] != buyers[b] ? Integer.compare(buyers[b], buyers[a]) : Integer.compare(a, b));
        List<String> list = new ArrayList<String>(count);
        for (int k = 0; k < Math.min(count, ranked.size()); k++) {
            list.add(ids.get(ranked.get(k)));
        }
        return list;
    }
}
