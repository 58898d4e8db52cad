package com.broadleafloyalty.history.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;

import static com.broadleafloyalty.history.core.CleaningPolicy.PURCHASES_AND_CANCELLATIONS_AS_RETURNS;
import static com.broadleafloyalty.history.core.CleaningPolicy.PURCHASES_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

class CleaningPolicyTest {

    /** A week of a small shop with every kind of line the real file has. */
    private static final String WEEK = OrderHistoryCsvTest.HEADER
            + "500001,10001,HEART,10,2011-01-03 10:00,12.50,12001,United Kingdom\n"
            + "500001,10002,LANTERN,6,2011-01-03 10:00,3.99,12001,United Kingdom\n"
            + "500001,10002,LANTERN,6,2011-01-03 10:00,3.99,12001,United Kingdom\n"
            + "500001,POST,POSTAGE,1,2011-01-03 10:00,18.00,12001,United Kingdom\n"
            + "500002,10005,SAMPLE,1,2011-01-03 11:00,0.004,12002,United Kingdom\n"
            + "500002,10003,CAKESTAND,3,2011-01-03 11:00,45.00,12002,United Kingdom\n"
            + "500003,10001,HEART,5,2011-01-04 09:00,12.50,,United Kingdom\n"
            + "500003,10002,LANTERN,5,2011-01-04 09:00,3.99,,United Kingdom\n"
            + "C500005,10001,HEART,-6,2011-01-06 10:00,12.50,12001,United Kingdom\n"
            + "C500005,10002,LANTERN,2,2011-01-06 10:00,3.99,12001,United Kingdom\n"
            + "A500007,B,Adjust bad debt,1,2011-01-06 12:00,-250.00,,United Kingdom\n"
            + "500008,POST,POSTAGE,1,2011-01-07 09:30,18.00,12003,United Kingdom\n"
            + "500009,10004,MUG,-3,2011-01-08 14:00,0.85,12003,United Kingdom\n"
            + "500009,10004,MUG,100,2011-01-08 14:00,0.845,12003,United Kingdom\n"
            + "C500010,10004,MUG,-100,2011-01-08 16:45,0.85,12003,United Kingdom\n"
            + "C500011,10004,MUG,-1,2011-01-08 16:45,0.85,,United Kingdom\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "guest order;GUEST;536365,85123A,HEART,6,2010-12-01 08:26,2.55,,United Kingdom",
        "bad-debt adjustment;ADJUSTMENT;A563185,85123A,Adjust bad debt,1,2011-08-12 14:50,2.55,14527,United Kingdom",
        "zero quantity;WRONG_SIGN;536365,85123A,HEART,0,2010-12-01 08:26,2.55,17850,United Kingdom",
        "negative quantity;WRONG_SIGN;536365,85123A,HEART,-6,2010-12-01 08:26,2.55,17850,United Kingdom",
        "zero price;UNPRICED;536365,85123A,HEART,6,2010-12-01 08:26,0,17850,United Kingdom",
        "price below half a penny;UNPRICED;536365,85123A,HEART,6,2010-12-01 08:26,0.005,17850,United Kingdom",
        "negative price;UNPRICED;536365,85123A,HEART,6,2010-12-01 08:26,-11062.06,17850,United Kingdom",
        "postage;FEE;536365,POST,POSTAGE,1,2010-12-01 08:26,18,17850,United Kingdom",
        "discount;FEE;536365,D,Discount,1,2010-12-01 08:26,18,17850,United Kingdom",
        "manual;FEE;536365,M,Manual,1,2010-12-01 08:26,18,17850,United Kingdom",
        "dotcom postage;FEE;536365,DOT,DOTCOM POSTAGE,1,2010-12-01 08:26,18,17850,United Kingdom",
        "bank charges;FEE;536365,BANK CHARGES,Bank Charges,1,2010-12-01 08:26,15,17850,United Kingdom",
        "carriage;FEE;536365,C2,CARRIAGE,1,2010-12-01 08:26,50,17850,United Kingdom",
        "amazon fee;FEE;536365,AMAZONFEE,AMAZON FEE,1,2010-12-01 08:26,13541.33,17850,United Kingdom"
    })
    void shouldLeaveOutWhatIsNeitherAPurchaseNorAReturnUnderEitherPolicy(String why, CleaningPolicy.LeftOut reason,
            String csv) throws Exception {
        for (CleaningPolicy policy : CleaningPolicy.values()) {
            assertThat(policy.judge(line(csv))).as(why + " under " + policy).isEqualTo(reason);
        }
    }

    @ParameterizedTest
    @EnumSource(CleaningPolicy.class)
    void shouldKeepAProductBoughtByACustomer(CleaningPolicy policy) throws Exception {
        assertThat(policy.judge(line("536365,85123A,HEART,6,2010-12-01 08:26,2.55,17850,UK")))
                .isEqualTo(CleaningPolicy.LeftOut.KEPT);
        assertThat(policy.judge(line("536365,10002,NOTEBOOK,1,2010-12-01 08:26,0.85,17850,UK")))
                .isEqualTo(CleaningPolicy.LeftOut.KEPT);
    }

    @Test
    void shouldReadCreditNotesAsReturnsOnlyForTheReplay() throws Exception {
        OrderLine creditNote = line("C536379,85123A,HEART,-1,2010-12-01 09:41,2.55,14527,United Kingdom");

        assertThat(PURCHASES_ONLY.judge(creditNote)).isEqualTo(CleaningPolicy.LeftOut.CANCELLATION);
        assertThat(PURCHASES_AND_CANCELLATIONS_AS_RETURNS.judge(creditNote)).isEqualTo(CleaningPolicy.LeftOut.KEPT);
        assertThat(PURCHASES_AND_CANCELLATIONS_AS_RETURNS.judge(line(
                "C536379,85123A,HEART,0,2010-12-01 09:41,2.55,14527,United Kingdom")))
                .isEqualTo(CleaningPolicy.LeftOut.WRONG_SIGN);
        assertThat(PURCHASES_AND_CANCELLATIONS_AS_RETURNS.judge(line(
                "C536379,85123A,HEART,2,2010-12-01 09:41,2.55,14527,United Kingdom")))
                .isEqualTo(CleaningPolicy.LeftOut.WRONG_SIGN);
        assertThat(PURCHASES_ONLY.keepsCancellations()).isFalse();
        assertThat(PURCHASES_AND_CANCELLATIONS_AS_RETURNS.keepsCancellations()).isTrue();
    }

    @Test
    void shouldKeepTheSalesOfRegisteredCustomersOnceEachInWholePence() throws Exception {
        OrderHistory history = OrderHistory.read(new StringReader(WEEK), PURCHASES_ONLY);

        assertThat(history.getPolicy()).isEqualTo(PURCHASES_ONLY);
        assertThat(history.getLines()).extracting(line -> line.getInvoiceNo() + " " + line.getStockCode() + " "
                + line.getQuantity() + " x " + line.getUnitPrice()).containsExactly(
                "500001 10001 10 x 12.50", "500001 10002 6 x 3.99", "500002 10003 3 x 45.00",
                "500009 10004 100 x 0.84");
        CleaningTally tally = history.getTally();
        assertThat(tally.getLinesRead()).isEqualTo(16);
        assertThat(tally.getLinesKept()).isEqualTo(4);
        assertThat(tally.getDuplicateLines()).isEqualTo(1);
        assertThat(tally.getFeeLines()).isEqualTo(2);
        assertThat(tally.getUnpricedLines()).isEqualTo(1);
        assertThat(tally.getWrongSignLines()).isEqualTo(1);
        assertThat(tally.getGuestLines()).isEqualTo(3);
        assertThat(tally.getGuestSales()).isEqualTo(1);
        assertThat(tally.getGuestCancellations()).isEqualTo(1);
        assertThat(tally.getAdjustments()).isEqualTo(1);
        assertThat(tally.getAdjustmentLines()).isEqualTo(1);
        assertThat(tally.getCancellations()).isEqualTo(2);
        assertThat(tally.getCancellationLines()).isEqualTo(3);
        assertThat(tally.getEmptyInvoices()).isEqualTo(1);
        assertThat(tally.getLinesRead()).isEqualTo(tally.getLinesKept() + tally.getDuplicateLines()
                + tally.getFeeLines() + tally.getUnpricedLines() + tally.getWrongSignLines() + tally.getGuestLines()
                + tally.getAdjustmentLines() + tally.getCancellationLines());
    }

    @Test
    void shouldAlsoKeepTheCreditNotesOfRegisteredCustomersForTheReplay() throws Exception {
        OrderHistory history = OrderHistory.read(new StringReader(WEEK), PURCHASES_AND_CANCELLATIONS_AS_RETURNS);

        assertThat(history.getLines()).extracting(line -> line.getInvoiceNo() + " " + line.getQuantity())
                .containsExactly("500001 10", "500001 6", "500002 3", "C500005 -6", "500009 100", "C500010 -100");
        CleaningTally tally = history.getTally();
        assertThat(tally.getCancellations()).isZero();
        assertThat(tally.getCancellationLines()).isZero();
        assertThat(tally.getWrongSignLines()).isEqualTo(2);
        assertThat(tally.getGuestCancellations()).isEqualTo(1);
        assertThat(tally.getEmptyInvoices()).isEqualTo(1);
    }

    @Test
    void shouldCleanLinesAlreadyRead() {
        OrderLine kept = new OrderLine("1", "22041", "FRAME", 1, 0L, new BigDecimal("1.005"), "12345");
        OrderLine dropped = new OrderLine("C1", "22041", "FRAME", -1, 0L, new BigDecimal("1.00"), "12345");

        OrderHistory history = OrderHistory.of(Arrays.asList(kept, dropped, kept), PURCHASES_ONLY);

        assertThat(history.getLines()).hasSize(1);
        assertThat(history.getLines().get(0).getUnitPrice()).isEqualTo(new BigDecimal("1.00"));
        assertThat(history.getTally().getDuplicateLines()).isEqualTo(1);
    }

    private static OrderLine line(String csv) throws Exception {
        return OrderHistoryCsv.read(new StringReader(OrderHistoryCsvTest.HEADER + csv + "\n")).get(0);
    }
}
