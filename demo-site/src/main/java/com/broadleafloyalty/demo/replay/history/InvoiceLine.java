package com.broadleafloyalty.demo.replay.history;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/** One line of an order-history file, as written (a cancellation line has a negative quantity). */
public final class InvoiceLine {

    private final String invoiceNo;
    private final String stockCode;
    private final String description;
    private final int quantity;
    private final LocalDateTime invoiceDate;
    private final BigDecimal unitPrice;
    private final String customerId;
    private final String country;

    public InvoiceLine(String invoiceNo, String stockCode, String description, int quantity, LocalDateTime invoiceDate,
            BigDecimal unitPrice, String customerId, String country) {
        this.invoiceNo = invoiceNo;
        this.stockCode = stockCode;
        this.description = description;
        this.quantity = quantity;
        this.invoiceDate = invoiceDate;
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

    public int getQuantity() {
        return quantity;
    }

    public LocalDateTime getInvoiceDate() {
        return invoiceDate;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    /** Empty for a guest (no account). */
    public String getCustomerId() {
        return customerId;
    }

    public String getCountry() {
        return country;
    }

    /** Services and fees (POST, DOT, M, C2, BANK CHARGES, AMAZONFEE, gift vouchers, ...) have no leading digit. */
    public boolean isMerchandise() {
        return !stockCode.isEmpty() && Character.isDigit(stockCode.charAt(0));
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof InvoiceLine)) {
            return false;
        }
        InvoiceLine line = (InvoiceLine) other;
        return quantity == line.quantity && invoiceNo.equals(line.invoiceNo) && stockCode.equals(line.stockCode)
                && description.equals(line.description) && invoiceDate.equals(line.invoiceDate)
                && unitPrice.compareTo(line.unitPrice) == 0 && customerId.equals(line.customerId)
                && country.equals(line.country);
    }

    @Override
    public int hashCode() {
        return Objects.hash(invoiceNo, stockCode, description, quantity, invoiceDate, customerId, country);
    }
}
