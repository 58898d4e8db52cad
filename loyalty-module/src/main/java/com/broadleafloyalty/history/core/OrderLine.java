package com.broadleafloyalty.history.core;

import java.math.BigDecimal;

/** One line of an order-history file: what a customer bought on which invoice, when. Money stays BigDecimal. */
public final class OrderLine {

    private final String invoiceNo;
    private final String stockCode;
    private final String description;
    private final long quantity;
    private final long purchasedAtMillis;
    private final BigDecimal unitPrice;
    private final String customerId;

    public OrderLine(String invoiceNo, String stockCode, String description, long quantity, long purchasedAtMillis,
            BigDecimal unitPrice, String customerId) {
        this.invoiceNo = invoiceNo;
        this.stockCode = stockCode;
        this.description = description;
        this.quantity = quantity;
        this.purchasedAtMillis = purchasedAtMillis;
        this.unitPrice = unitPrice;
        this.customerId = customerId;
    }

    public String getInvoiceNo() {
        return invoiceNo;
    }

    public String getStockCode() {
        return stockCode;
    }

    public String getDescription() {
        return description;
    }

    public long getQuantity() {
        return quantity;
    }

    public long getPurchasedAtMillis() {
        return purchasedAtMillis;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    /** Empty for a guest order. */
    public String getCustomerId() {
        return customerId;
    }
}
