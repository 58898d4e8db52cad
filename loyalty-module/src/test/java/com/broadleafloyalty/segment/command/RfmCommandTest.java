package com.broadleafloyalty.segment.command;

import com.broadleafloyalty.history.core.CleaningPolicy;
import com.broadleafloyalty.history.core.OrderHistory;
import com.broadleafloyalty.segment.core.LifecycleRule;
import com.broadleafloyalty.segment.core.RfmScoring;
import com.broadleafloyalty.segment.core.ScoredCustomer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RfmCommandTest {

    private static final String CSV = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
            + "100,85123A,HEART,6,2011-01-10 08:26,2.50,17850,United Kingdom\n"
            + "100,71053,LANTERN,2,2011-01-10 08:27,5.00,17850,United Kingdom\n"
            + "101,71053,LANTERN,1,2011-03-01 10:00,5.00,17850,United Kingdom\n"
            + "101,71053,LANTERN,1,2011-03-01 10:00,5.00,17850,United Kingdom\n"
            + "C102,71053,LANTERN,-1,2011-03-02 10:00,5.00,17850,United Kingdom\n"
            + "103,POST,POSTAGE,1,2011-03-02 10:00,18.00,17850,United Kingdom\n"
            + "104,22423,CAKESTAND,1,2011-02-01 09:00,12.75,13047,United Kingdom\n"
            + "105,22423,CAKESTAND,1,2011-02-01 09:00,12.75,,United Kingdom\n";

    @Test
    void shouldTurnInvoicesIntoOrdersAndLeaveOutCancellationsFeesGuestsAndRepeatedLines() throws Exception {
        RfmScoring.Run run = RfmCommand.score(
                OrderHistory.read(new StringReader(CSV), CleaningPolicy.PURCHASES_ONLY).getLines(),
                new LifecycleRule(90));

        Map<Long, ScoredCustomer> byId = new HashMap<Long, ScoredCustomer>();
        for (ScoredCustomer customer : run.getCustomers()) {
            byId.put(customer.getAggregate().getCustomerId(), customer);
        }
        assertThat(byId).containsOnlyKeys(17850L, 13047L);
        assertThat(byId.get(17850L).getAggregate().getOrderCount()).isEqualTo(2);
        assertThat(byId.get(17850L).getAggregate().getMonetary()).isEqualByComparingTo("30.00");
        assertThat(byId.get(13047L).getAggregate().getOrderCount()).isEqualTo(1);
        assertThat(byId.get(13047L).getAggregate().getMonetary()).isEqualByComparingTo("12.75");
        assertThat(byId.get(17850L).getScore().getRecency()).isGreaterThan(byId.get(13047L).getScore().getRecency());
    }

    @Test
    void shouldPrintTheSegmentsOfAFile(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("history.csv");
        Files.write(file, CSV.getBytes(StandardCharsets.UTF_8));

        assertThat(RfmCommand.execute("--data", file.toString(), "--runs", "1")).isZero();
    }

    @Test
    void shouldRefuseBadOptionsWithStatusTwo(@TempDir Path folder) throws Exception {
        Path file = Files.write(folder.resolve("history.csv"), CSV.getBytes(StandardCharsets.UTF_8));
        Path headless = Files.write(folder.resolve("headless.csv"), "1,2,3\n".getBytes(StandardCharsets.UTF_8));

        assertThat(RfmCommand.execute("--data", folder.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(RfmCommand.execute("--data", file.toString(), "--runs", "0")).isEqualTo(2);
        assertThat(RfmCommand.execute("--data", file.toString(), "--return-window-days", "-5")).isEqualTo(2);
        assertThat(RfmCommand.execute("--data", headless.toString())).isEqualTo(2);
        assertThat(RfmCommand.execute("--runs", "3")).isEqualTo(2);
        assertThat(RfmCommand.execute("--colour", "red")).isEqualTo(2);
    }

    @Test
    void shouldPrintHelp() {
        assertThat(RfmCommand.execute("--help")).isZero();
    }
}
