package com.broadleafloyalty.recommend.core.evaluation;

import com.broadleafloyalty.recommend.core.PurchasedOrder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Baseline: the customer's own purchase history, the products bought in the most orders first, then the most
 * recently bought, then the ones most customers bought (many products share an order, so this last tie-break
 * matters). Nothing else: a customer with fewer products gets a shorter list. Meaningful in setting (a) only.
 */
public final class OwnHistoryBaseline implements EvaluatedModel {

    private final Map<String, Map<String, long[]>> ordersAndLastByCustomer = new HashMap<String, Map<String, long[]>>();
    private final Map<String, Integer> buyers = new HashMap<String, Integer>();

    public OwnHistoryBaseline(List<PurchasedOrder> orders) {
        for (PurchasedOrder order : orders) {
            Map<String, long[]> products = ordersAndLastByCustomer.get(order.getCustomerId());
            if (products == null) {
                products = new HashMap<String, long[]>();
                ordersAndLastByCustomer.put(order.getCustomerId(), products);
            }
            for (String product : order.getProductIds()) {
                long[] ordersAndLast = products.get(product);
                if (ordersAndLast == null) {
                    ordersAndLast = new long[] {0L, Long.MIN_VALUE};
                    products.put(product, ordersAndLast);
                    Integer count = buyers.get(product);
                    buyers.put(product, count == null ? 1 : count + 1);
                }
                ordersAndLast[0]++;
                ordersAndLast[1] = Math.max(ordersAndLast[1], order.getOrderedAtMillis());
            }
        }
    }

    @Override
    public String name() {
        return "Own purchase history (baseline)";
    }

    @Override
    public List<String> recommend(String customerId, int count, Set<String> excluded) {
        final Map<String, long[]> products = ordersAndLastByCustomer.get(customerId);
        List<String> list = new ArrayList<String>();
        if (products == null) {
            return list;
        }
        for (String product : products.keySet()) {
            if (!excluded.contains(product)) {
                list.add(product);
            }
        }
        list.sort((a, b) -> {
            long[] x = products.get(a);
            long[] y = products.get(b);
            if (x[0] != y[0]) {
                return Long.compare(y[0], x[0]);
            }
            if (x[1] != y[1]) {
                return Long.compare(y[1], x[1]);
            }
            int popularity = Integer.compare(buyers.get(b), buyers.get(a));
            return popularity != 0 ? popularity : a.compareTo(b);
        });
        return list.size() > count ? new ArrayList<String>(list.subList(0, count)) : list;
    }
}
