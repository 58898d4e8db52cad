package com.broadleafloyalty.history.core;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One line of an order-history file: what a customer bought (or, on a cancellation, sent back) on which invoice,
 * when. Money stays BigDecimal; a cancellation line has a negative quantity, as written.
 */
public final class OrderLine {

    private final String invoiceNo;
    private final String stockCode;
    private final String description;
    private final long quantity;
    private final long purchasedAtMillis;
    private final BigDecimal unitPrice;
    private final String customerId;
    private final String country;

    public OrderLine(String invoiceNo, String stockCode, String description, long quantity, long purchasedAtMillis,
            BigDecimal unitPrice, String customerId) {
        this(invoiceNo, stockCode, description, quantity, purchasedAtMillis, unitPrice, customerId, "");
    }

    public OrderLine(String invoiceNo, String stockCode, String description, long quantity, long purchasedAtMillis,
            BigDecimal unitPrice, String customerId, String country) {
        this.invoiceNo = invoiceNo;
        this.stockCode = stockCode;
        this.description = description;
        this.quantity = quantity;
        this.purchasedAtMillis = purchasedAtMillis;
        this.unitPrice = unitPrice;
        this.customerId = customerId;
        this.country = country;
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

    /** The invoice time as read, taken as UTC (see {@link OrderHistoryCsv#ZONE}). */
    public long getPurchasedAtMillis() {
        return purchasedAtMillis;
    }

    /** The invoice time as the file writes it (wall-clock, in {@link OrderHistoryCsv#ZONE}). */
    public LocalDateTime getInvoiceDate() {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(purchasedAtMillis, 1000L),
                (int) Math.floorMod(purchasedAtMillis, 1000L) * 1_000_000, ZoneOffset.UTC);
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    /** Empty for a guest order. */
    public String getCustomerId() {
        return customerId;
    }

    /** Empty when the file has no Country column. */
    public String getCountry() {
        return country;
    }

    /** A credit note: the invoice number starts with C. */
    public boolean isCancellation() {
        return invoiceNo.startsWith("C");
    }

    /** A bad-debt adjustment: the invoice number starts with A. */
    public boolean isAdjustment() {
        return invoiceNo.startsWith("A");
    }

    /** Services and fees (POST, DOT, M, D, C2, BANK CHARGES, AMAZONFEE, gift vouchers, ...) have no leading digit. */
    public boolean isMerchandise() {
        return !stockCode.isEmpty() && Character.isDigit(stockCode.charAt(0));
    }

    OrderLine withUnitPrice(BigDecimal price) {
        return new OrderLine(invoiceNo, stockCode, description, quantity, purchasedAtMillis, price, customerId,
                country);
    }

    /** Lines equal in every column (prices compared by value) are the same line written twice. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof OrderLine)) {
            return false;
        }
        OrderLine line = (OrderLine) other;
        return quantity == line.quantity && purchasedAtMillis == line.purchasedAtMillis
                && invoiceNo.equals(line.invoiceNo) && stockCode.equals(line.stockCode)
                && description.equals(line.description) && unitPrice.compareTo(line.unitPrice) == 0
                && customerId.equals(line.customerId) && country.equals(line.country);
    }

    @Override
    public int hashCode() {
        return Objects.hash(invoiceNo, stockCode, description, quantity, purchasedAtMillis, customerId, country);
    }

    @Override
    public String toString() {
        return invoiceNo + "," + stockCode + "," + quantity + "," + getInvoiceDate() + "," + unitPrice + ","
                + customerId;
    }
}
