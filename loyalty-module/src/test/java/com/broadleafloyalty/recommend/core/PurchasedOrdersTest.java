package com.broadleafloyalty.recommend.core;

import com.broadleafloyalty.history.core.OrderLine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PurchasedOrdersTest {

    @Test
    void shouldGroupTheLinesOfAnInvoiceIntoOneOrderOfDistinctProducts() {
        List<PurchasedOrder> orders = PurchasedOrders.fromLines(Arrays.asList(
                line("536365", "85123A", 1000L, "17850"),
                line("536366", "22633", 2000L, "17850"),
                line("536365", "71053", 1000L, "17850"),
                line("536365", "85123A", 1000L, "17850")));

        assertThat(orders).hasSize(2);
        assertThat(orders.get(0).getProductIds()).containsExactly("85123A", "71053");
        assertThat(orders.get(0).getOrderedAtMillis()).isEqualTo(1000L);
        assertThat(orders.get(0).getCustomerId()).isEqualTo("17850");
        assertThat(orders.get(1).getProductIds()).containsExactly("22633");
    }

    private static OrderLine line(String invoice, String stockCode, long at, String customer) {
        return new OrderLine(invoice, stockCode, "", 1, at, BigDecimal.ONE, customer);
    }
}
