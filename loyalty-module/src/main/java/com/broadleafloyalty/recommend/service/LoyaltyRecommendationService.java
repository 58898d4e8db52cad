package com.broadleafloyalty.recommend.service;

import com.broadleafloyalty.recommend.core.ModelSize;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;

/**
 * Product recommendations learned from the shop's completed orders; every product returned is sellable right now
 * (active product and sku, inside their active dates, available in inventory).
 */
public interface LoyaltyRecommendationService {

    /** "Recommended for you": personal for a registered customer who has bought before, the most bought otherwise. */
    ProductRecommendations forCustomer(Customer customer, int count);

    /** "Customers who bought this also bought"; empty when nobody bought the product with anything else yet. */
    ProductRecommendations boughtTogether(Product product, int count);

    /** "Complete your order": what goes with the cart's products (and the customer's history), never a cart product. */
    ProductRecommendations forCart(Order cart, Customer customer, int count);

    /** Learns from an order that has just completed: its customer's next recommendations already reflect it. */
    void recordCompletedOrder(Order order);

    /**
     * Re-reads every completed order and re-learns the model, on the calling thread (the scheduled job; the first
     * request that finds no model hands the same work to the job's thread and is served an empty model meanwhile).
     */
    void rebuild();

    ModelSize modelSize();

    /** How many products a widget shows when the template does not say. */
    int getDefaultCount();
}
