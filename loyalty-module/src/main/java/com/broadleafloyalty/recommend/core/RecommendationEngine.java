package com.broadleafloyalty.recommend.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Recommends products from completed orders. A customer's score for a product is
 * {@code repurchaseWeight * own(p) + sum over bought q of own(q) * weight(q -> p)}, where {@code own} is the
 * customer's decayed purchase count (frequency with recency) and {@code weight} the product-to-product weights of
 * {@link EaseTrainer}; customers without history, and lists that run short, get the most bought products.
 * <p>
 * {@link #recordOrder} updates a customer's history and the popularity at once, so the next request already reflects
 * the order; {@link #rebuildItemWeights} re-learns the product weights from everything recorded (a job's work, never
 * per order). Thread-safe: requests read immutable snapshots while orders are recorded and weights rebuilt.
 */
public final class RecommendationEngine {

    private final RecommenderSettings settings;
    private final ProductIndex products = new ProductIndex();
    private final PurchaseHistories histories;
    private volatile ItemWeights weights = ItemWeights.NONE;
    private volatile PopularityRanking popularity = new PopularityRanking(new int[0], 0, 0);

    public RecommendationEngine(RecommenderSettings settings) {
        this.settings = settings;
        this.histories = new PurchaseHistories(products, new RecencyDecay(settings.getHalfLifeDays()));
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

    /** Re-learns the product weights from every order recorded so far and swaps them in. */
    public void rebuildItemWeights() {
        weights = new EaseTrainer(settings.getRidgeLambda(), settings.getNeighboursPerProduct())
                .train(histories, products.size());
    }

    public boolean hasHistory(String customerId) {
        CustomerPurchases purchases = histories.of(customerId);
        return purchases != null && purchases.size() > 0;
    }

    /** "Recommended for you": personal when the customer has bought before, the most bought products otherwise. */
    public List<Recommendation> forCustomer(String customerId, int count, ProductAvailability availability) {
        return recommend(customerId, Collections.<String>emptyList(), count, availability, true);
    }

    /** "Customers who bought this also bought": the product's strongest neighbours, nothing when it has none. */
    public List<Recommendation> boughtTogether(String productId, int count, ProductAvailability availability) {
        int product = products.numberOf(productId);
        if (product < 0) {
            return Collections.emptyList();
        }
        ScoreBoard board = new ScoreBoard(products.size());
        weights.addRow(product, 1d, board);
        return pick(board, count, availability, excluding(Collections.singleton(product)), false);
    }

    /**
     * "Complete your order": what the cart's products (each counted as bought today) and the customer's own history
     * point to, never a product already in the cart; filled with the most bought products.
     */
    public List<Recommendation> forCart(String customerId, Collection<String> cartProductIds, int count,
            ProductAvailability availability) {
        return recommend(customerId, cartProductIds, count, availability, true);
    }

    /** The most bought sellable products. */
    public List<Recommendation> popular(int count, ProductAvailability availability) {
        return pick(new ScoreBoard(products.size()), count, availability, excluding(Collections.<Integer>emptySet()),
                true);
    }

    private List<Recommendation> recommend(String customerId, Collection<String> cartProductIds, int count,
            ProductAvailability availability, boolean fillWithPopular) {
        int productCount = products.size();
        ScoreBoard board = new ScoreBoard(productCount);
        boolean[] excluded = new boolean[productCount];
        ItemWeights current = weights;
        for (String productId : cartProductIds) {
            int product = products.numberOf(productId);
            if (product >= 0 && product < productCount) {
                current.addRow(product, 1d, board);
                excluded[product] = true;
            }
        }
        CustomerPurchases purchases = histories.of(customerId);
        if (purchases != null) {
            long now = histories.latestOrderMillis();
            RecencyDecay decay = histories.decay();
            synchronized (purchases) {
                for (int slot = 0; slot < purchases.size(); slot++) {
                    int product = purchases.product(slot);
                    if (product >= productCount) {
                        continue;
                    }
                    double own = purchases.strength(slot, now, decay);
                    current.addRow(product, own, board);
                    if (settings.isRecommendPurchased()) {
                        board.add(product, settings.getRepurchaseWeight() * own);
                    } else {
                        excluded[product] = true;
                    }
                }
            }
        }
        return pick(board, count, availability, p -> p < excluded.length && excluded[p], fillWithPopular);
    }

    private static IntPredicate excluding(Collection<Integer> productNumbers) {
        return productNumbers::contains;
    }

    private List<Recommendation> pick(ScoreBoard board, int count, final ProductAvailability availability,
            final IntPredicate excluded, boolean fillWithPopular) {
        PopularityRanking ranking = currentPopularity();
        final boolean[] chosen = new boolean[products.size()];
        IntPredicate acceptable = p -> !excluded.test(p) && !chosen[p] && availability.isSellable(products.productId(p));
        List<Recommendation> result = new ArrayList<Recommendation>(count);
        for (int product : board.best(count, ranking.buyers(), acceptable)) {
            chosen[product] = true;
            result.add(new Recommendation(products.productId(product), board.score(product)));
        }
        if (fillWithPopular) {
            for (int product : ranking.ranking()) {
                if (result.size() >= count) {
                    break;
                }
                if (product < chosen.length && acceptable.test(product)) {
                    chosen[product] = true;
                    result.add(new Recommendation(products.productId(product), 0d));
                }
            }
        }
        return result;
    }

    private PopularityRanking currentPopularity() {
        PopularityRanking ranking = popularity;
        long version = histories.popularityVersion();
        if (!ranking.isCurrent(version)) {
            int productCount = products.size();
            ranking = new PopularityRanking(histories.buyersPerProduct(), productCount, version);
            popularity = ranking;
        }
        return ranking;
    }

    /** Sizes of what the model holds, for reports and logs. */
    public ModelSize size() {
        return new ModelSize(products.size(), histories.customerCount(), weights.productCount(), weights.bytes());
    }
}
