package com.broadleafloyalty.demo.replay;

import com.broadleafloyalty.demo.replay.history.Invoice;
import com.broadleafloyalty.demo.replay.history.ReplayPlan;
import com.broadleafloyalty.demo.replay.history.ReturnRequest;
import com.broadleafloyalty.history.core.CleaningPolicy;
import com.broadleafloyalty.history.core.CleaningTally;
import com.broadleafloyalty.history.core.OrderHistory;
import com.broadleafloyalty.support.command.CommandLineTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** The history side of the replay, without Broadleaf: reading, cleaning, date order and matching cancellations. */
class ReplayPlanTest {

    @TempDir
    Path folder;

    @Test
    void shouldKeepOnlyRegisteredMerchandiseOncePerLine() throws Exception {
        ReplayPlan plan = plan(SmallHistory.fixture().writeGzip(folder), Integer.MAX_VALUE);

        assertThat(plan.getSales()).extracting(Invoice::getNumber)
                .containsExactly("500001", "500002", "500004", "500008", "500009");
        assertThat(plan.getSales().get(0).subtotal()).isEqualByComparingTo("148.94");
        assertThat(plan.getSales().get(1).subtotal()).isEqualByComparingTo("145.20");
        assertThat(plan.getSales().get(3).getItems()).hasSize(2);
        assertThat(plan.getSales().get(3).subtotal()).isEqualByComparingTo("140.95");
        CleaningTally cleaning = plan.getTally().getCleaning();
        assertThat(cleaning.getLinesRead()).isEqualTo(18);
        assertThat(cleaning.getDuplicateLines()).isEqualTo(1);
        assertThat(cleaning.getFeeLines()).isEqualTo(1);
        assertThat(cleaning.getUnpricedLines()).isEqualTo(1);
        assertThat(cleaning.getGuestSales()).isEqualTo(1);
        assertThat(cleaning.getAdjustments()).isEqualTo(1);
        assertThat(cleaning.getCancellations()).isZero();
        assertThat(plan.customers()).containsExactly(SmallHistory.ALICE, SmallHistory.BOB, SmallHistory.CAROL);
        assertThat(plan.catalog()).containsKeys("10002@3.99", "10002@4.25").hasSize(5);
    }

    @Test
    void shouldReturnCancelledUnitsFromTheNewestEarlierOrdersFirst() throws Exception {
        ReplayPlan plan = plan(SmallHistory.fixture().writePlain(folder), Integer.MAX_VALUE);

        assertThat(plan.getReturns()).hasSize(3);
        ReturnRequest first = plan.getReturns().get(0);
        assertThat(first.getCreditNote()).isEqualTo("C500005");
        assertThat(first.getOrder().getNumber()).isEqualTo("500004");
        assertThat(first.getQuantitiesByItemKey()).containsExactly(entry("10001@12.5", 4));
        assertThat(plan.getReturns().get(1).getOrder().getNumber()).isEqualTo("500001");
        assertThat(plan.getReturns().get(1).returnedAmount()).isEqualByComparingTo(new BigDecimal("25.00"));
        assertThat(plan.getReturns().get(2).getOrder().getNumber()).isEqualTo("500009");
        assertThat(plan.getTally().getUnmatchedReturnUnits()).isEqualTo(2);
        assertThat(plan.getSteps().stream().map(Object::toString).collect(Collectors.toList()))
                .startsWith("500001", "500002", "500004");
    }

    @Test
    void shouldStopAtTheLimitWithTheCancellationsBeforeIt() throws Exception {
        ReplayPlan plan = plan(SmallHistory.fixture().writePlain(folder), 3);

        assertThat(plan.getSales()).extracting(Invoice::getNumber).containsExactly("500001", "500002", "500004");
        assertThat(plan.getReturns()).extracting(ReturnRequest::getCreditNote).containsOnly("C500005");
        assertThat(plan.getTally().getSalesBeyondLimit()).isEqualTo(2);
    }

    @Test
    void shouldRefuseAHistoryCleanedWithoutItsReturns() throws Exception {
        OrderHistory purchasesOnly = OrderHistory.read(SmallHistory.fixture().writePlain(folder),
                CleaningPolicy.PURCHASES_ONLY);

        assertThatThrownBy(() -> ReplayPlan.of(purchasesOnly, Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PURCHASES_AND_CANCELLATIONS_AS_RETURNS");
    }

    @Test
    void shouldRefuseBadOptionsWithStatusTwoAndPrintHelp() throws Exception {
        Path file = SmallHistory.fixture().writePlain(folder);

        assertThat(ReplayOptions.parse("--input", file.toString()).getBlock()).isEqualTo(200);
        assertThatThrownBy(() -> ReplayOptions.parse("--input", file.toString(), "--block", "0"))
                .hasMessageContaining("--block");
        assertThat(CommandLineTool.execute("replay",
                new ReplayCommand.Launch(), 1, "--input", folder.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(CommandLineTool.execute("replay",
                new ReplayCommand.Launch(), 1, "--input", file.toString(), "--warmup", "-1")).isEqualTo(2);
        assertThat(CommandLineTool.execute("replay",
                new ReplayCommand.Launch(), 1, "--help")).isZero();
    }

    private static ReplayPlan plan(Path file, int limit) throws Exception {
        return ReplayPlan.of(OrderHistory.read(file, CleaningPolicy.PURCHASES_AND_CANCELLATIONS_AS_RETURNS), limit);
    }
}
