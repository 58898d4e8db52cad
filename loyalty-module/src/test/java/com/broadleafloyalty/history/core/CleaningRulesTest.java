package com.broadleafloyalty.history.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CleaningRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "guest order;536365,85123A,HEART,6,2010-12-01 08:26,2.55,,United Kingdom",
        "cancellation;C536379,85123A,HEART,-1,2010-12-01 09:41,2.55,14527,United Kingdom",
        "bad-debt adjustment;A563185,85123A,Adjust bad debt,1,2011-08-12 14:50,2.55,14527,United Kingdom",
        "zero quantity;536365,85123A,HEART,0,2010-12-01 08:26,2.55,17850,United Kingdom",
        "negative quantity;536365,85123A,HEART,-6,2010-12-01 08:26,2.55,17850,United Kingdom",
        "zero price;536365,85123A,HEART,6,2010-12-01 08:26,0,17850,United Kingdom",
        "negative price;536365,85123A,HEART,6,2010-12-01 08:26,-11062.06,17850,United Kingdom",
        "postage;536365,POST,POSTAGE,1,2010-12-01 08:26,18,17850,United Kingdom",
        "discount;536365,D,Discount,1,2010-12-01 08:26,18,17850,United Kingdom",
        "manual;536365,M,Manual,1,2010-12-01 08:26,18,17850,United Kingdom",
        "dotcom postage;536365,DOT,DOTCOM POSTAGE,1,2010-12-01 08:26,18,17850,United Kingdom",
        "bank charges;536365,BANK CHARGES,Bank Charges,1,2010-12-01 08:26,15,17850,United Kingdom",
        "carriage;536365,C2,CARRIAGE,1,2010-12-01 08:26,50,17850,United Kingdom",
        "amazon fee;536365,AMAZONFEE,AMAZON FEE,1,2010-12-01 08:26,13541.33,17850,United Kingdom"
    })
    void shouldDropLinesThatAreNotPurchasesOfProducts(String why, String csv) throws Exception {
        assertThat(CleaningRules.isPurchase(line(csv))).as(why).isFalse();
    }

    @Test
    void shouldKeepAProductBoughtByACustomer() throws Exception {
        assertThat(CleaningRules.isPurchase(line("536365,85123A,HEART,6,2010-12-01 08:26,2.55,17850,UK"))).isTrue();
        assertThat(CleaningRules.isPurchase(line("536365,10002,NOTEBOOK,1,2010-12-01 08:26,0.85,17850,UK"))).isTrue();
    }

    @Test
    void shouldKeepOnlyPurchasesFromAList() {
        OrderLine kept = new OrderLine("1", "22041", "FRAME", 1, 0L, new BigDecimal("1.00"), "12345");
        OrderLine dropped = new OrderLine("C1", "22041", "FRAME", -1, 0L, new BigDecimal("1.00"), "12345");

        assertThat(CleaningRules.purchases(java.util.Arrays.asList(kept, dropped))).containsExactly(kept);
    }

    private static OrderLine line(String csv) throws Exception {
        List<OrderLine> lines = OrderHistoryCsv.read(new StringReader(OrderHistoryCsvTest.HEADER + csv + "\n"));
        return lines.get(0);
    }
}
