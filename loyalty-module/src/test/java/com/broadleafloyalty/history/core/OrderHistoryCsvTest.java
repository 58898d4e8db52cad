package com.broadleafloyalty.history.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderHistoryCsvTest {

    static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";
    private static final String LINE =
            "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26,2.55,17850,United Kingdom\n";

    @TempDir
    Path folder;

    @Test
    void shouldReadEveryColumnOfALine() throws Exception {
        List<OrderLine> lines = OrderHistoryCsv.read(new StringReader(HEADER + LINE));

        OrderLine line = lines.get(0);
        assertThat(line.getInvoiceNo()).isEqualTo("536365");
        assertThat(line.getStockCode()).isEqualTo("85123A");
        assertThat(line.getDescription()).isEqualTo("WHITE HANGING HEART T-LIGHT HOLDER");
        assertThat(line.getQuantity()).isEqualTo(6L);
        assertThat(line.getUnitPrice()).isEqualByComparingTo(new BigDecimal("2.55"));
        assertThat(line.getCustomerId()).isEqualTo("17850");
        assertThat(line.getCountry()).isEqualTo("United Kingdom");
    }

    @Test
    void shouldReadTheTimeAsUtcWithOrWithoutSeconds() throws Exception {
        List<OrderLine> lines = OrderHistoryCsv.read(new StringReader(HEADER + LINE
                + "536366,22633,HAND WARMER,6,2010-12-01 08:28:45,1.85,17850,United Kingdom\n"));

        assertThat(OrderHistoryCsv.ZONE.getTotalSeconds()).isZero();
        assertThat(lines.get(0).getPurchasedAtMillis()).isEqualTo(1291191960000L);
        assertThat(lines.get(0).getInvoiceDate()).isEqualTo(LocalDateTime.of(2010, 12, 1, 8, 26));
        assertThat(lines.get(1).getPurchasedAtMillis()).isEqualTo(1291191960000L + 2 * 60_000 + 45_000);
        assertThat(lines.get(1).getInvoiceDate()).isEqualTo(LocalDateTime.of(2010, 12, 1, 8, 28, 45));
    }

    @Test
    void shouldReadQuantitiesBeyondTheRangeOfAnInt() throws Exception {
        List<OrderLine> lines = OrderHistoryCsv.read(new StringReader(HEADER
                + "536365,85123A,HEART,80995000000,2010-12-01 08:26,2.55,17850,United Kingdom\n"));

        assertThat(lines.get(0).getQuantity()).isEqualTo(80_995_000_000L);
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
    void shouldTakeTheColumnsFromTheHeaderInAnyOrderAndCase() throws Exception {
        List<OrderLine> lines = OrderHistoryCsv.read(new StringReader(
                "\uFEFFcustomerid,invoiceno,Quantity,StockCode,UnitPrice,Description,InvoiceDate,Channel\n"
                        + "17850,536365,6,85123A,2.55,HEART,2010-12-01 08:26,web\n\n"));

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).getInvoiceNo()).isEqualTo("536365");
        assertThat(lines.get(0).getCustomerId()).isEqualTo("17850");
        assertThat(lines.get(0).getQuantity()).isEqualTo(6L);
        assertThat(lines.get(0).getCountry()).isEmpty();
    }

    @Test
    void shouldRefuseAFileWithoutTheHeader() {
        assertThatThrownBy(() -> OrderHistoryCsv.read(new StringReader(LINE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Line 1 is not an order-history"
                        + " header").hasMessageContaining("missing InvoiceNo,StockCode");
        assertThatThrownBy(() -> OrderHistoryCsv.read(new StringReader("")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }

    @Test
    void shouldRecogniseGzipByItsContentNotItsName() throws Exception {
        Path gzipped = folder.resolve("history.csv");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write((HEADER + "C536379,D,Discount,-1,2010-12-01 09:41,27.5,14527,United Kingdom\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Path plain = folder.resolve("plain.csv.gz");
        Files.write(plain, (HEADER + LINE).getBytes(StandardCharsets.UTF_8));

        assertThat(OrderHistoryCsv.read(gzipped)).extracting(OrderLine::getQuantity).containsExactly(-1L);
        assertThat(OrderHistoryCsv.read(plain)).extracting(OrderLine::getQuantity).containsExactly(6L);
    }

    @Test
    void shouldPassLinesOnOneByOneAndCountThem() throws Exception {
        StringBuilder seen = new StringBuilder();

        long count = OrderHistoryCsv.read(new StringReader(HEADER + LINE + LINE),
                line -> seen.append(line.getInvoiceNo()).append(';'));

        assertThat(count).isEqualTo(2);
        assertThat(seen.toString()).isEqualTo("536365;536365;");
    }

    @Test
    void shouldNameTheLineThatCannotBeRead() {
        assertThatThrownBy(() -> OrderHistoryCsv.read(new StringReader(HEADER + "536365,85123A,HEART,6\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Line 2");
        assertThatThrownBy(() -> OrderHistoryCsv.read(new StringReader(HEADER
                + "536365,85123A,HEART,six,2010-12-01 08:26,2.55,17850,United Kingdom\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Line 2");
        assertThatThrownBy(() -> OrderHistoryCsv.read(new StringReader(HEADER + LINE
                + "536365,85123A,HEART,6,01/12/2010 08:26,2.55,17850,United Kingdom\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Line 3");
    }
}
