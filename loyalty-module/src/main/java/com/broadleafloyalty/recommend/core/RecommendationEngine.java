package com.broadleafloyalty.recommend.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Recommends products from completed orders. A customer's score for product p is
 * {@code repurchaseWeight * f(p) + sum over bought q of f(q) * weight(q -> p) + neighbourWeight * mean f'(p)}
 * (the last term for products the customer bought only):
 * {@code f} is the customer's personal frequency (the share of their orders that contained the product, each order
 * worth less as it ages), {@code weight} the product-to-product weights of {@link EaseTrainer}, and {@code f'} the
 * frequencies of the customers most similar to them ({@link CustomerNeighbours}; with the first term, TIFU-kNN).
 * Customers without history, and lists that run short, get the most bought products.
 * <p>
 * {@link #recordOrder} updates a customer's history and the popularity at once, so the next request already reflects
 * the order; {@link #rebuildItemWeights} re-learns the product weights and the similar customers from everything
 * recorded (a job's work, never per order). Thread-safe: requests read immutable snapshots while orders are recorded
 * and weights rebuilt.
 */
public final class RecommendationEngine {

    private final RecommenderSettings settings;
    private final ProductIndex products = new ProductIndex();
    private final PurchaseHistories histories;
    private volatile ItemWeights weights = ItemWeights.NONE;
    private volatile long neighbourBytes;

    public RecommendationEngine(RecommenderSettings settings) {
        this.settings = settings;
        this.histories = new PurchaseHistories(products, new RecencyDecay(settings.getHalfLifeDays()),
                new RecencyDecay(settings.getFrequencyHalfLifeDays()));
    }

    public RecommenderSettings getSettings() {
        return settings;
    }

    public void recordOrder(PurchasedOrder order) {
        histories.record(order);
    }

    public void recordOrders(Iterable<PurchasedOrder> orders) {
        for (PurchasedOrder order : orders) {
            histories.record(order);
        }
    }

    /** Re-learns the product weights and the similar customers from every order recorded so far, and swaps them in. */
    public void rebuildItemWeights() {
        rebuildItemWeights(settings.getRebuildThreads());
    }

    /** {@link #rebuildItemWeights()} on {@code threads} threads. */
    public void rebuildItemWeights(int threads) {
        PurchaseMatrix matrix = PurchaseMatrix.of(histories, products.size(),
                new RecencyDecay(settings.getTrendHalfLifeDays()));
        weights = new EaseTrainer(settings.getRidgeLambda(), settings.getNeighboursPerProduct(),
                settings.getDenseProducts(), threads).train(matrix);
        new CustomerNeighbours(settings.getCustomerNeighbours(), threads).find(matrix);
        long bytes = 0;
        for (CustomerPurchases customer : matrix.customers) {
            bytes += 16L + 4L * customer.neighbourFrequencies().length;
        }
        neighbourBytes = bytes;
    }

    public boolean hasHistory(String customerId) {
        CustomerPurchases purchases = histories.of(customerId);
        return purchases != null && purchases.size() > 0;
    }

    /** "Recommended for you": personal when the customer has bought before, the most bought products otherwise. */
    public List<Recommendation> forCustomer(String customerId, int count, ProductAvailability availability) {
        return recommend(customerId, Collections.<String>emptyList(), count, availability);
    }

    /** "Customers who bought this also bought": the product's strongest neighbours, nothing when it has none. */
    public List<Recommendation> boughtTogether(String productId, int count, ProductAvailability availability) {
        int product = products.numberOf(productId);
        if (product < 0) {
            return Collections.emptyList();
        }
        ScoreBoard board = ScoreBoard.forThisThread(products.size());
        weights.addRow(product, 1d, board);
        board.exclude(product);
        return pick(board, count, availability, false);
    }

    /**
     * "Complete your order": what the cart's products (each counted as bought in every order) and the customer's own
     * history point to, never a product already in the cart; filled with the most bought products.
     */
    public List<Recommendation> forCart(String customerId, Collection<String> cartProductIds, int count,
            ProductAvailability availability) {
        return recommend(customerId, cartProductIds, count, availability);
    }

    /** The most bought sellable products. */
    public List<Recommendation> popular(int count, ProductAvailability availability) {
        return pick(ScoreBoard.forThisThread(products.size()), count, availability, true);
    }

    private List<Recommendation> recommend(String customerId, Collection<String> cartProductIds, int count,
            ProductAvailability availability) {
        int productCount = products.size();
        ScoreBoard board = ScoreBoard.forThisThread(productCount);
        ItemWeights current = weights;
        for (String productId : cartProductIds) {
            int product = products.numberOf(productId);
            if (product >= 0 && product < productCount) {
                current.addRow(product, 1d, board);
                board.exclude(product);
            }
        }
        CustomerPurchases purchases = histories.of(customerId);
        if (purchases != null) {
            long now = histories.latestOrderMillis();
            addOwnFrequencies(purchases, now, current, board);
            if (settings.isRecommendPurchased()) {
                addNeighbourFrequencies(purchases, board);
            }
        }
        return pick(board, count, availability, true);
    }

    private void addOwnFrequencies(CustomerPurchases purchases, long now, ItemWeights current, ScoreBoard board) {
        RecencyDecay decay = histories.frequency();
        synchronized (purchases) {
            double orders = purchases.orders(now, decay);
            for (int slot = 0; slot < purchases.size(); slot++) {
                int product = purchases.product(slot);
                double frequency = purchases.strength(slot, now, decay) / orders;
                current.addRow(product, frequency, board);
                if (settings.isRecommendPurchased()) {
                    board.add(product, settings.getRepurchaseWeight() * frequency);
                } else {
                    board.exclude(product);
                }
            }
        }
    }

    /**
     * Adds the mean frequencies of the similar customers found by the last rebuild, times the neighbour weight, to
     * the products the customer bought before: it ranks their repeat purchases (on the validation split, +0.0015
     * NDCG@10 in setting (a) over adding it to every product, and no loss in setting (b), where it cost 0.003). The
     * rebuild computed them for the customer's products, so a request only reads them.
     */
    private void addNeighbourFrequencies(CustomerPurchases purchases, ScoreBoard board) {
        float[] bySlot = purchases.neighbourFrequencies();
        double weight = settings.getNeighbourWeight();
        synchronized (purchases) {
            for (int slot = 0; slot < Math.min(bySlot.length, purchases.size()); slot++) {
                if (bySlot[slot] > 0f) {
                    board.add(purchases.product(slot), weight * bySlot[slot]);
                }
            }
        }
    }

    private List<Recommendation> pick(ScoreBoard board, int count, final ProductAvailability availability,
            boolean fillWithPopular) {
        PopularityRanking popularity = histories.popularity();
        IntPredicate sellable = p -> availability.isSellable(products.productId(p));
        List<Recommendation> result = new ArrayList<Recommendation>(count);
        for (int product : board.best(count, popularity.buyers(), sellable)) {
            board.exclude(product);
            result.add(new Recommendation(products.productId(product), board.score(product)));
        }
        if (fillWithPopular) {
            Iterator<Long> ranking = popularity.mostBoughtFirst();
            while (result.size() < count && ranking.hasNext()) {
                int product = PopularityRanking.productOf(ranking.next());
                if (!board.isExcluded(product) && sellable.test(product)) {
                    board.exclude(product);
                    result.add(new Recommendation(products.productId(product), 0d));
                }
            }
        }
        return result;
    }

    /** Sizes of what the model holds, for reports and logs. */
    public ModelSize size() {
        return new ModelSize(products.size(), histories.customerCount(), weights.productCount(), weights.bytes(),
                neighbourBytes);
    }
}
