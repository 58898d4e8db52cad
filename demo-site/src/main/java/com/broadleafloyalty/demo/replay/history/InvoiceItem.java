package com.broadleafloyalty.demo.replay.history;

import java.math.BigDecimal;

/**
 * One product at one price on an invoice, its lines merged (a product sold at two prices on one invoice gives two
 * items). The replay gives each stock code and price its own Broadleaf product, so {@link #key()} names the product.
 */
public final class InvoiceItem {

    private final String stockCode;
    private final String description;
    private final BigDecimal unitPrice;
    private final int quantity;

    public InvoiceItem(String stockCode, String description, BigDecimal unitPrice, int quantity) {
        this.stockCode = stockCode;
        this.description = description;
        this.unitPrice = unitPrice;
        this.quantity = quantity;
    }

    /** The catalog key of this product at this price, e.g. {@code 85123A@2.55}. */
    public static String key(String stockCode, BigDecimal unitPrice) {
        return stockCode + "@" + unitPrice.stripTrailingZeros().toPlainString();
    }

    public String key() {
        return key(stockCode, unitPrice);
    }

    public String getStockCode() {
        return stockCode;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    /** Units bought (or, on a cancellation, units sent back): always more than zero. */
    public int getQuantity() {
        return quantity;
    }

    public BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    InvoiceItem plus(int moreUnits) {
        return new InvoiceItem(stockCode, description, unitPrice, quantity + moreUnits);
    }
}
