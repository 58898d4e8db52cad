package com.broadleafloyalty.recommend.broadleaf;

import com.broadleafloyalty.recommend.core.ModelSize;
import com.broadleafloyalty.recommend.service.LoyaltyRecommendationService;
import com.broadleafloyalty.recommend.service.ProductRecommendations;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.workflow.SequenceProcessor;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checkout activity that feeds completed orders to the recommender, inside Broadleaf's real checkout. */
class LearnFromCompletedOrderActivityTest {

    private final ShopFixture shop = new ShopFixture();

    @Test
    void shouldRunAfterTheOrderIsCompletedAndItsPointsAwarded() {
        LearnFromCompletedOrderActivity activity = activity();

        assertThat(activity.getOrder()).isEqualTo(6300);
        assertThat(activity.recommendationService).isSameAs(
                LoyaltyTestContext.bean("blLoyaltyRecommendationService", LoyaltyRecommendationService.class));
    }

    @Test
    void shouldNeverFailACheckoutWhenTheRecommenderFails() {
        LearnFromCompletedOrderActivity activity = activity();
        LoyaltyRecommendationService real = activity.recommendationService;
        activity.recommendationService = new BrokenRecommender();
        try {
            Order order = OpenEntityManager.call(() -> shop.paidCheckout(shop.registeredCustomer(), "20.00", 1));

            assertThat(order.getStatus()).isEqualTo(OrderStatus.SUBMITTED);
        } finally {
            activity.recommendationService = real;
        }
    }

    private static LearnFromCompletedOrderActivity activity() {
        SequenceProcessor checkout = LoyaltyTestContext.bean("blCheckoutWorkflow", SequenceProcessor.class);
        for (Object activity : checkout.getActivities()) {
            if (activity instanceof LearnFromCompletedOrderActivity) {
                return (LearnFromCompletedOrderActivity) activity;
            }
        }
        throw new AssertionError("blCheckoutWorkflow has no LearnFromCompletedOrderActivity");
    }

    /** A recommender whose every call fails. */
    private static final class BrokenRecommender implements LoyaltyRecommendationService {

        @Override
        public ProductRecommendations forCustomer(Customer customer, int count) {
            throw new IllegalStateException("broken");
        }

        @Override
        public ProductRecommendations boughtTogether(Product product, int count) {
            throw new IllegalStateException("broken");
        }

        @Override
        public ProductRecommendations forCart(Order cart, Customer customer, int count) {
            throw new IllegalStateException("broken");
        }

        @Override
        public void recordCompletedOrder(Order order) {
            throw new IllegalStateException("Simulated recommender failure");
        }

        @Override
        public void rebuild() {
            throw new IllegalStateException("broken");
        }

        @Override
        public ModelSize modelSize() {
            throw new IllegalStateException("broken");
        }

        @Override
        public int getDefaultCount() {
            return 0;
        }
    }
}
