package com.broadleafloyalty.demo.replay.shop;

import com.broadleafloyalty.demo.replay.history.InvoiceItem;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * Creates a Broadleaf product with its default SKU for each stock code and price the history sells. A product whose
 * price changed over the year is one product per price: Broadleaf prices a cart line from its SKU, and merges lines
 * of the same SKU, so one SKU per price keeps every line at the price the customer paid.
 */
public final class CatalogLoader {

    private static final int BATCH = 200;
    /** Active long before any replayed order. */
    private static final Date ACTIVE_FROM = new Date(0);

    private final CatalogService catalogService;
    private final RequestScope scope;
    private final BroadleafCurrency currency;

    public CatalogLoader(CatalogService catalogService, RequestScope scope, BroadleafCurrency currency) {
        this.catalogService = catalogService;
        this.scope = scope;
        this.currency = currency;
    }

    public ReplayCatalog load(Collection<InvoiceItem> items) throws Exception {
        ReplayCatalog catalog = new ReplayCatalog();
        List<InvoiceItem> all = new ArrayList<InvoiceItem>(items);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<InvoiceItem> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            int offset = from;
            scope.callInOneTransaction(() -> {
                for (int i = 0; i < batch.size(); i++) {
                    InvoiceItem item = batch.get(i);
                    Product product = productFor(item, offset + i + 1);
                    catalog.add(item.key(), product.getId(), product.getDefaultSku().getId());
                }
                return null;
            });
        }
        return catalog;
    }

    private Product productFor(InvoiceItem item, int number) {
        Sku sku = catalogService.createSku();
        sku.setName(item.getDescription());
        sku.setCurrency(currency);
        sku.setRetailPrice(new Money(item.getUnitPrice(), currency.getCurrencyCode()));
        sku.setActiveStartDate(ACTIVE_FROM);
        sku.setDiscountable(true);
        sku.setTaxable(false);
        Product product = catalogService.createProduct(ProductType.PRODUCT);
        product.setDefaultSku(sku);
        product.setUrl("/replay/" + number + "-" + item.getStockCode().toLowerCase());
        return catalogService.saveProduct(product);
    }
}
