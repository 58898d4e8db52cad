package com.broadleafloyalty.recommend.core.evaluation;

import com.broadleafloyalty.history.core.CleaningPolicy;
import com.broadleafloyalty.history.core.OrderHistory;
import com.broadleafloyalty.history.core.OrderHistoryCsv;
import com.broadleafloyalty.history.core.OrderLine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticShopTest {

    @Test
    void shouldWriteTheSameHistoryForTheSameSeed() throws IOException {
        assertThat(history(17)).isEqualTo(history(17)).isNotEqualTo(history(18));
    }

    @Test
    void shouldWriteCleanPurchasesOfTheAskedSizeThatTheOrderHistoryReaderReads() throws IOException {
        List<OrderLine> lines = OrderHistoryCsv.read(new StringReader(history(17)));

        assertThat(lines).hasSize(20_000);
        assertThat(OrderHistory.of(lines, CleaningPolicy.PURCHASES_ONLY).getLines()).hasSize(20_000);
    }

    @Test
    void shouldMakeSomeProductsFarMorePopularAndCustomersBuyAgain() throws IOException {
        List<OrderLine> lines = OrderHistoryCsv.read(new StringReader(history(17)));
        Map<String, Integer> linesPerProduct = new HashMap<String, Integer>();
        Map<String, Set<String>> invoicesPerCustomerProduct = new HashMap<String, Set<String>>();
        for (OrderLine line : lines) {
            linesPerProduct.merge(line.getStockCode(), 1, Integer::sum);
            invoicesPerCustomerProduct.computeIfAbsent(line.getCustomerId() + "/" + line.getStockCode(),
                    key -> new HashSet<String>()).add(line.getInvoiceNo());
        }
        long repeated = invoicesPerCustomerProduct.values().stream().filter(invoices -> invoices.size() > 1).count();

        // Power law: the most sold product sells far more than the median one.
        int top = linesPerProduct.values().stream().max(Integer::compare).get();
        assertThat(top).isGreaterThan(50);
        assertThat(linesPerProduct.size()).isLessThan(2_000);
        assertThat(repeated).isGreaterThan(invoicesPerCustomerProduct.size() / 20);
    }

    @Test
    void shouldRefuseAShopTooSmallToHaveCategories() {
        assertThatThrownBy(() -> new SyntheticShop(10, 5, 100, 0.5d, 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 100 products");
    }

    private static String history(long seed) throws IOException {
        StringWriter out = new StringWriter();
        new SyntheticShop(2_000, 1_000, 20_000, 0.5d, seed).write(out);
        return out.toString();
    }
}
