package com.broadleafloyalty.history.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderHistoryCsvTest {

    static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

    @Test
    void shouldReadEveryColumnOfALine() throws Exception {
        List<OrderLine> lines = OrderHistoryCsv.read(new StringReader(HEADER
                + "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26,2.55,17850,United Kingdom\n"));

        OrderLine line = lines.get(0);
        assertThat(line.getInvoiceNo()).isEqualTo("536365");
        assertThat(line.getStockCode()).isEqualTo("85123A");
        assertThat(line.getDescription()).isEqualTo("WHITE HANGING HEART T-LIGHT HOLDER");
        assertThat(line.getQuantity()).isEqualTo(6L);
        assertThat(line.getPurchasedAtMillis()).isEqualTo(1291191960000L);
        assertThat(line.getUnitPrice()).isEqualByComparingTo(new BigDecimal("2.55"));
        assertThat(line.getCustomerId()).isEqualTo("17850");
    }

    @Test
    void shouldReadQuotedFieldsWithCommasAndDoubledQuotes() throws Exception {
        List<OrderLine> lines = OrderHistoryCsv.read(new StringReader(HEADER
                + "536381,82567,\"AIRLINE LOUNGE,METAL SIGN\",2,2010-12-01 09:41,2.1,15311,United Kingdom\n"
                + "536477,22041,\"RECORD FRAME 7\"\" SINGLE SIZE \",48,2010-12-01 12:27,2.1,,United Kingdom\n"));

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).getDescription()).isEqualTo("AIRLINE LOUNGE,METAL SIGN");
        assertThat(lines.get(1).getDescription()).isEqualTo("RECORD FRAME 7\" SINGLE SIZE");
        assertThat(lines.get(1).getCustomerId()).isEmpty();
    }

    @Test
    void shouldReadAGzippedFile(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("history.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((HEADER + "C536379,D,Discount,-1,2010-12-01 09:41,27.5,14527,United Kingdom\n")
                    .getBytes(StandardCharsets.UTF_8));
        }

        List<OrderLine> lines = OrderHistoryCsv.read(file);

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).getQuantity()).isEqualTo(-1L);
    }

    @Test
    void shouldNameTheLineThatCannotBeRead() {
        assertThatThrownBy(() -> OrderHistoryCsv.read(new StringReader(HEADER + "536365,85123A,HEART,6\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Line 2");
        assertThatThrownBy(() -> OrderHistoryCsv.read(new StringReader(HEADER
                + "536365,85123A,HEART,six,2010-12-01 08:26,2.55,17850,United Kingdom\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Line 2");
    }
}
