package com.broadleafloyalty.recommend.service;

import com.broadleafloyalty.recommend.core.ProductAvailability;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.inventory.service.InventoryService;

import java.util.HashMap;
import java.util.Map;

/**
 * Broadleaf's answer to "can this product be sold now?", asked by the engine for each candidate near the top of a
 * list: the product is active (inside its dates, not archived) and has a sku that is active and available in
 * inventory. Remembers the products it looked up, for building the widget, for one request.
 */
final class SellableProducts implements ProductAvailability {

    private final CatalogService catalogService;
    private final InventoryService inventoryService;
    private final Map<String, Sku> sellableSkus = new HashMap<String, Sku>();
    private final Map<String, Product> products = new HashMap<String, Product>();

    SellableProducts(CatalogService catalogService, InventoryService inventoryService) {
        this.catalogService = catalogService;
        this.inventoryService = inventoryService;
    }

    @Override
    public boolean isSellable(String productId) {
        if (sellableSkus.containsKey(productId)) {
            return sellableSkus.get(productId) != null;
        }
        Sku sku = null;
        try {
            Product product = catalogService.findProductById(Long.valueOf(productId));
            sku = product == null || !product.isActive() ? null : sellableSku(product);
            if (sku != null) {
                products.put(productId, product);
            }
        } catch (NumberFormatException e) {
            sku = null;
        }
        sellableSkus.put(productId, sku);
        return sku != null;
    }

    /** The sku a sellable product is offered with (its default sku when that one can be sold). */
    Sku skuOf(String productId) {
        return sellableSkus.get(productId);
    }

    Product productOf(String productId) {
        return products.get(productId);
    }

    private Sku sellableSku(Product product) {
        if (canSell(product.getDefaultSku())) {
            return product.getDefaultSku();
        }
        if (product.getAdditionalSkus() != null) {
            for (Sku sku : product.getAdditionalSkus()) {
                if (canSell(sku)) {
                    return sku;
                }
            }
        }
        return null;
    }

    private boolean canSell(Sku sku) {
        return sku != null && sku.isActive() && inventoryService.isAvailable(sku, 1);
    }
}
