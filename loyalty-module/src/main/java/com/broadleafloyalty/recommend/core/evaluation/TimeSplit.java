package com.broadleafloyalty.recommend.core.evaluation;

import com.broadleafloyalty.history.core.OrderLine;
import com.broadleafloyalty.recommend.core.PurchasedOrder;
import com.broadleafloyalty.recommend.core.PurchasedOrders;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits purchases in time: training before {@code splitDay}, test from it (until {@code endDay}, exclusive, when
 * given: a validation split inside the training period). The evaluated customers are those with purchases in both.
 */
public final class TimeSplit {

    private final List<PurchasedOrder> trainOrders;
    private final Map<String, String> productNames;
    private final Map<String, Set<String>> trainProducts;
    private final Map<String, Set<String>> testProducts;
    private final Set<String> catalog;
    private final long trainLines;
    private final long testLines;

    private TimeSplit(List<OrderLine> train, List<OrderLine> test) {
        this.trainOrders = PurchasedOrders.fromLines(train);
        this.productNames = PurchasedOrders.namesFromLines(train);
        this.trainProducts = productsByCustomer(train);
        this.catalog = new HashSet<String>();
        for (OrderLine line : train) {
            catalog.add(line.getStockCode());
        }
        Map<String, Set<String>> tested = productsByCustomer(test);
        tested.keySet().retainAll(trainProducts.keySet());
        this.testProducts = tested;
        this.trainLines = train.size();
        this.testLines = test.size();
    }

    public static TimeSplit of(List<OrderLine> purchases, LocalDate splitDay, LocalDate endDay) {
        long split = millis(splitDay);
        long end = endDay == null ? Long.MAX_VALUE : millis(endDay);
        List<OrderLine> train = new ArrayList<OrderLine>();
        List<OrderLine> test = new ArrayList<OrderLine>();
        for (OrderLine line : purchases) {
            long at = line.getPurchasedAtMillis();
            if (at < split) {
                train.add(line);
            } else if (at < end) {
                test.add(line);
            }
        }
        return new TimeSplit(train, test);
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static Map<String, Set<String>> productsByCustomer(List<OrderLine> lines) {
        Map<String, Set<String>> products = new LinkedHashMap<String, Set<String>>();
        for (OrderLine line : lines) {
            Set<String> bought = products.get(line.getCustomerId());
            if (bought == null) {
                bought = new HashSet<String>();
                products.put(line.getCustomerId(), bought);
            }
            bought.add(line.getStockCode());
        }
        return products;
    }

    public List<PurchasedOrder> getTrainOrders() {
        return trainOrders;
    }

    /** The products' names as the training period's lines give them. */
    public Map<String, String> getProductNames() {
        return productNames;
    }

    /** Every training customer's distinct products. */
    public Map<String, Set<String>> getTrainProducts() {
        return trainProducts;
    }

    /** The evaluated customers (bought in both periods) and their distinct test-period products. */
    public Map<String, Set<String>> getTestProducts() {
        return testProducts;
    }

    /** Products bought in the training period: what a model trained on it can recommend. */
    public Set<String> getCatalog() {
        return catalog;
    }

    public String describe() {
        long trainPairs = 0;
        for (Set<String> products : trainProducts.values()) {
            trainPairs += products.size();
        }
        long testPairs = 0;
        for (Set<String> products : testProducts.values()) {
            testPairs += products.size();
        }
        return "train: " + trainProducts.size() + " customers, " + catalog.size() + " products, " + trainOrders.size()
                + " orders, " + trainLines + " lines, " + trainPairs + " customer-product pairs; test: "
                + testProducts.size() + " customers bought in both periods, " + testLines + " lines, " + testPairs
                + " customer-product pairs of evaluated customers";
    }
}
