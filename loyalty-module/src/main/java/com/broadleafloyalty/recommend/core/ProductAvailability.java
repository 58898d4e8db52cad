package com.broadleafloyalty.recommend.core;

/**
 * Whether a product can be sold right now. The engine asks it for every product before recommending it, so an
 * inactive, expired or out-of-stock product is never shown, whatever the model learned.
 */
public interface ProductAvailability {

    /** Every product is sellable: for offline evaluation, where the catalog is the order history itself. */
    ProductAvailability EVERY_PRODUCT = new ProductAvailability() {
        @Override
        public boolean isSellable(String productId) {
            return true;
        }
    };

    boolean isSellable(String productId);
}
