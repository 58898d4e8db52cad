package com.broadleafloyalty.recommend.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

/**
 * Recommends products from completed orders. A customer's score for product p is
 * {@code repurchaseWeight * f(p) + sum over bought q of f(q) * weight(q -> p) + neighbourWeight * mean f'(p)}
 * (the last term for products the customer bought only), and for a product the customer has not bought, its name's
 * resemblance to theirs ({@link NameSimilarity}), scaled so it takes {@code nameShare} of the score:
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

    /** The best name match's score when no new product has a product-weight score: below any such score. */
    private static final double NAMES_ONLY_SCALE = 1e-9;

    private final RecommenderSettings settings;
    private final ProductIndex products = new ProductIndex();
    private final PurchaseHistories histories;
    private final Map<String, String> names = new ConcurrentHashMap<String, String>();
    private volatile ItemWeights weights = ItemWeights.NONE;
    private volatile ItemWeights nameWeights = ItemWeights.NONE;
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

    /** Product names by product id, for the next {@link #rebuildItemWeights}; a later name replaces an earlier one. */
    public void nameProducts(Map<String, String> namesById) {
        for (Map.Entry<String, String> name : namesById.entrySet()) {
            if (name.getKey() != null && name.getValue() != null) {
                names.put(name.getKey(), name.getValue());
            }
        }
    }

    /**
     * Re-learns the product weights, the products of similar names and the similar customers from every order and
     * name recorded so far, and swaps them in.
     */
    public void rebuildItemWeights() {
        rebuildItemWeights(settings.getRebuildThreads());
    }

    /** {@link #rebuildItemWeights()} on {@code threads} threads. */
    public void rebuildItemWeights(int threads) {
        PurchaseMatrix matrix = PurchaseMatrix.of(histories, products.size(),
                new RecencyDecay(settings.getTrendHalfLifeDays()));
        weights = new EaseTrainer(settings.getRidgeLambda(), settings.getNeighboursPerProduct(),
                settings.getDenseProducts(), threads).train(matrix);
        nameWeights = learnNames(matrix, threads);
        new CustomerNeighbours(settings.getCustomerNeighbours(), threads).find(matrix);
        long bytes = 0;
        for (CustomerPurchases customer : matrix.customers) {
            bytes += 16L + 4L * customer.neighbourFrequencies().length;
        }
        neighbourBytes = bytes;
    }

    private ItemWeights learnNames(PurchaseMatrix matrix, int threads) {
        if (settings.getNameShare() <= 0d || names.isEmpty()) {
            return ItemWeights.NONE;
        }
        String[] byNumber = new String[matrix.productCount];
        for (int p = 0; p < byNumber.length; p++) {
            byNumber[p] = names.get(products.productId(p));
        }
        return new NameSimilarity(settings.getNameNeighbours(), threads).learn(byNumber, matrix);
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
        int[] cart = new int[cartProductIds.size()];
        int cartSize = 0;
        for (String productId : cartProductIds) {
            int product = products.numberOf(productId);
            if (product >= 0 && product < productCount) {
                current.addRow(product, 1d, board);
                board.exclude(product);
                cart[cartSize++] = product;
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
        addSimilarNames(purchases, cart, cartSize, board, productCount);
        return pick(board, count, availability, true);
    }

    /**
     * Adds, to each product the customer has not bought, how much its name resembles those of the products they
     * bought and have in the cart, scaled so that the best such product gets {@code share / (1 - share)} of the best
     * product-weight score among new products: the name part is {@code nameShare} of the blend, each part measured
     * against its own best. Repeat products keep their scores. On the online-retail validation split, shares of
     * 0.3 / 0.4 / 0.5 gave setting (b) 0.1569 / 0.1589 / 0.1560 NDCG@10 (0.1497 without names).
     */
    private void addSimilarNames(CustomerPurchases purchases, int[] cart, int cartSize, ScoreBoard board,
            int productCount) {
        ItemWeights similarNames = nameWeights;
        double share = settings.getNameShare();
        if (share <= 0d || similarNames.productCount() == 0) {
            return;
        }
        ScoreBoard named = ScoreBoard.secondForThisThread(productCount);
        for (int k = 0; k < cartSize; k++) {
            similarNames.addRow(cart[k], 1d, named);
        }
        if (purchases != null) {
            synchronized (purchases) {
                for (int slot = 0; slot < purchases.size(); slot++) {
                    similarNames.addRow(purchases.product(slot), 1d, named);
                }
            }
        }
        double bestName = named.bestScoreOutside(board);
        if (bestName <= 0d) {
            return;
        }
        double bestWeight = board.bestNewScore();
        // Without any product-weight score for a new product, names still order the new products, below the rest.
        double top = bestWeight > 0d ? bestWeight * share / (1d - share) : NAMES_ONLY_SCALE;
        board.addNew(named, top / bestName);
    }

    private void addOwnFrequencies(CustomerPurchases purchases, long now, ItemWeights current, ScoreBoard board) {
        RecencyDecay decay = histories.frequency();
        synchronized (purchases) {
            double orders = purchases.orders(now, decay);
            for (int slot = 0; slot < purchases.size(); slot++) {
                int product = purchases.product(slot);
                double frequency = purchases.strength(slot, now, decay) / orders;
                current.addRow(product, frequency, board);
                board.markBought(product);
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
        return new ModelSize(products.size(), histories.customerCount(), weights.productCount(),
                weights.bytes() + nameWeights.bytes(), neighbourBytes);
    }
}
