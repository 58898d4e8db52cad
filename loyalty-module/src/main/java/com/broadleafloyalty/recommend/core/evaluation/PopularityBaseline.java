package com.broadleafloyalty.recommend.core.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Baseline: the products most customers bought in the training period, the same list for everyone. */
public final class PopularityBaseline implements EvaluatedModel {

    private final List<String> ranking;

    public PopularityBaseline(Collection<Set<String>> productsPerCustomer) {
        final Map<String, Integer> buyers = new HashMap<String, Integer>();
        for (Set<String> products : productsPerCustomer) {
            for (String product : products) {
                Integer count = buyers.get(product);
                buyers.put(product, count == null ? 1 : count + 1);
            }
        }
        ranking = new ArrayList<String>(buyers.keySet());
        ranking.sort((a, b) -> buyers.get(a).equals(buyers.get(b)) ? a.compareTo(b)
                : Integer.compare(buyers.get(b), buyers.get(a)));
    }

    @Override
    public String name() {
        return "Popularity (baseline)";
    }

    @Override
    public List<String> recommend(String customerId, int count, Set<String> excluded) {
        List<String> list = new ArrayList<String>(count);
        for (String product : ranking) {
            if (list.size() == count) {
                break;
            }
            if (!excluded.contains(product)) {
                list.add(product);
            }
        }
        return list;
    }
}
