package com.broadleafloyalty.recommend.service;

import com.broadleafloyalty.ledger.core.EarningRate;
import com.broadleafloyalty.recommend.core.ModelSize;
import com.broadleafloyalty.recommend.core.PurchasedOrder;
import com.broadleafloyalty.recommend.core.Recommendation;
import com.broadleafloyalty.recommend.core.RecommendationEngine;
import com.broadleafloyalty.recommend.core.RecommendationModel;
import com.broadleafloyalty.recommend.core.RecommenderSettings;
import com.broadleafloyalty.recommend.dao.CompletedOrderDao;
import com.broadleafloyalty.returns.service.LoyaltyReturnService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.inventory.service.InventoryService;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import javax.annotation.Resource;

public class LoyaltyRecommendationServiceImpl implements LoyaltyRecommendationService {

    private static final Log LOG = LogFactory.getLog(LoyaltyRecommendationServiceImpl.class);

    @Resource(name = "blLoyaltyCompletedOrderDao")
    protected CompletedOrderDao completedOrderDao;

    @Resource(name = "blLoyaltyReturnService")
    protected LoyaltyReturnService returnService;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "blInventoryService")
    protected InventoryService inventoryService;

    @Resource(name = "blLoyaltyEarningRate")
    protected EarningRate earningRate;

    /** Where the first build runs when a request finds no model: the rebuild job's own thread, never a request's. */
    protected Executor rebuildExecutor;

    protected RecommenderSettings settings = RecommenderSettings.defaults().withRebuildThreads(1);
    protected int defaultCount = 4;
    protected int justBoughtDays = 30;
    private volatile RecommendationModel model;
    private volatile RecommendationEngine notBuiltYet;

    /**
     * Personal recommendations leave out what the customer bought in the last {@code justBoughtDays} days and lean on
     * what goes with it instead (as a cart would), so the list right after an order is not that order again. Older
     * purchases may still come back through the repurchase weight.
     */
    @Override
    public ProductRecommendations forCustomer(Customer customer, int count) {
        RecommendationEngine engine = engine();
        String customerId = registeredCustomerId(customer);
        SellableProducts sellable = new SellableProducts(catalogService, inventoryService);
        boolean personal = customerId != null && engine.hasHistory(customerId);
        List<Recommendation> found;
        if (!personal) {
            found = engine.popular(count, sellable);
        } else if (justBoughtDays > 0) {
            Date since = new Date(SystemTime.asMillis() - justBoughtDays * 86_400_000L);
            found = engine.forCart(customerId, completedOrderDao.readProductsBoughtSince(customer.getId(), since),
                    count, sellable);
        } else {
            found = engine.forCustomer(customerId, count, sellable);
        }
        return new ProductRecommendations(shown(found, sellable), personal);
    }

    @Override
    public ProductRecommendations boughtTogether(Product product, int count) {
        if (product == null || product.getId() == null) {
            return ProductRecommendations.none();
        }
        SellableProducts sellable = new SellableProducts(catalogService, inventoryService);
        List<Recommendation> found = engine().boughtTogether(String.valueOf(product.getId()), count, sellable);
        return new ProductRecommendations(shown(found, sellable), false);
    }

    @Override
    public ProductRecommendations forCart(Order cart, Customer customer, int count) {
        // A visitor without a cart has Broadleaf's NullOrderImpl, whose item list is null.
        Set<String> cartProducts = cart == null ? Collections.<String>emptySet() : productIds(cart);
        SellableProducts sellable = new SellableProducts(catalogService, inventoryService);
        List<Recommendation> found = engine().forCart(registeredCustomerId(customer), cartProducts, count, sellable);
        return new ProductRecommendations(shown(found, sellable), registeredCustomerId(customer) != null);
    }

    @Override
    public void recordCompletedOrder(Order order) {
        Set<String> products = productIds(order);
        if (order.getCustomer() == null || order.getCustomer().getId() == null || products.isEmpty()) {
            return;
        }
        long submitted = order.getSubmitDate() != null ? order.getSubmitDate().getTime() : System.currentTimeMillis();
        model().recordOrder(String.valueOf(order.getId()),
                new PurchasedOrder(String.valueOf(order.getCustomer().getId()), submitted, products));
    }

    @Override
    public void rebuild() {
        long start = System.nanoTime();
        RecommendationEngine engine = model().rebuild(this::completedOrders);
        LOG.info("Recommendation model rebuilt in " + (System.nanoTime() - start) / 1_000_000 + " ms: "
                + engine.size());
    }

    @Override
    public ModelSize modelSize() {
        return engine().size();
    }

    @Override
    public int getDefaultCount() {
        return defaultCount;
    }

    /**
     * The model's engine; before the first build has finished, an empty one (no personal lists, nothing popular), so
     * a widget shows nothing instead of making the shopper wait.
     */
    private RecommendationEngine engine() {
        RecommendationModel current = model();
        if (rebuildExecutor == null) {
            return current.engineBuiltIfNeeded(this::completedOrders);
        }
        RecommendationEngine engine = current.engineOrBuildInBackground(this::completedOrders, task ->
                rebuildExecutor.execute(() -> {
                    try {
                        long start = System.nanoTime();
                        task.run();
                        LOG.info("Recommendation model built in " + (System.nanoTime() - start) / 1_000_000
                                + " ms on first use");
                    } catch (RuntimeException e) {
                        LOG.warn("The first recommendation model could not be built; the next request retries", e);
                    }
                }));
        if (engine != null) {
            return engine;
        }
        if (notBuiltYet == null) {
            notBuiltYet = new RecommendationEngine(settings);
        }
        return notBuiltYet;
    }

    /** What the model learns from: completed orders without the lines returned in full. */
    private Map<String, PurchasedOrder> completedOrders() {
        return completedOrderDao.readCompletedOrders(returnService.returnedQuantities());
    }

    private RecommendationModel model() {
        RecommendationModel current = model;
        if (current == null) {
            synchronized (this) {
                if (model == null) {
                    model = new RecommendationModel(settings, completedOrderDao::readProductNames);
                }
                current = model;
            }
        }
        return current;
    }

    private List<RecommendedProduct> shown(List<Recommendation> found, SellableProducts sellable) {
        List<RecommendedProduct> shown = new ArrayList<RecommendedProduct>(found.size());
        for (Recommendation recommendation : found) {
            Sku sku = sellable.skuOf(recommendation.getProductId());
            Money price = sku.getPrice();
            long points = price == null ? 0L : earningRate.pointsFor(price.getAmount());
            shown.add(new RecommendedProduct(sellable.productOf(recommendation.getProductId()), price, points));
        }
        return shown;
    }

    private static String registeredCustomerId(Customer customer) {
        return customer != null && customer.isRegistered() && customer.getId() != null
                ? String.valueOf(customer.getId()) : null;
    }

    private static Set<String> productIds(Order order) {
        Set<String> products = new LinkedHashSet<String>();
        if (order.getOrderItems() == null) {
            return products;
        }
        for (OrderItem item : order.getOrderItems()) {
            if (item instanceof DiscreteOrderItem && ((DiscreteOrderItem) item).getProduct() != null) {
                products.add(String.valueOf(((DiscreteOrderItem) item).getProduct().getId()));
            }
        }
        return products;
    }

    public void setHalfLifeDays(double days) {
        settings = settings.withHalfLifeDays(days);
    }

    public void setRidgeLambda(double lambda) {
        settings = settings.withRidgeLambda(lambda);
    }

    public void setRepurchaseWeight(double weight) {
        settings = settings.withRepurchaseWeight(weight);
    }

    public void setNeighboursPerProduct(int neighbours) {
        settings = settings.withNeighboursPerProduct(neighbours);
    }

    public void setFrequencyHalfLifeDays(double days) {
        settings = settings.withFrequencyHalfLifeDays(days);
    }

    public void setTrendHalfLifeDays(double days) {
        settings = settings.withTrendHalfLifeDays(days);
    }

    public void setDenseProducts(int products) {
        settings = settings.withDenseProducts(products);
    }

    public void setCustomerNeighbours(int customers) {
        settings = settings.withCustomerNeighbours(customers);
    }

    public void setNeighbourWeight(double weight) {
        settings = settings.withNeighbourWeight(weight);
    }

    /** The share of product names in a new product's score (0: names unused). */
    public void setNameShare(double share) {
        settings = settings.withNameShare(share);
    }

    public void setNameNeighbours(int neighbours) {
        settings = settings.withNameNeighbours(neighbours);
    }

    /** Threads a rebuild may take (1 by default: the shop's other core keeps serving shoppers). */
    public void setRebuildThreads(int threads) {
        settings = settings.withRebuildThreads(threads);
    }

    public void setRebuildExecutor(Executor executor) {
        rebuildExecutor = executor;
    }

    public void setRecommendPurchased(boolean allowed) {
        settings = settings.withRecommendPurchased(allowed);
    }

    /** Days during which "Recommended for you" leaves out what the customer bought; 0 lets it show them at once. */
    public void setJustBoughtDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("loyalty.recommend.just.bought.days cannot be negative, got " + days);
        }
        this.justBoughtDays = days;
    }

    public void setDefaultCount(int count) {
        defaultCount = count;
    }
}
