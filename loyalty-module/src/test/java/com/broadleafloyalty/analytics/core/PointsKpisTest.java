package com.broadleafloyalty.analytics.core;

import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.core.RedemptionRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PointsKpisTest {

    private static final RedemptionRate HUNDRED_FOR_TEN = new RedemptionRate(100, new BigDecimal("10.00"));

    @Test
    void shouldSumEachMovementWithItsSign() {
        Map<PointsEntryType, Long> sums = new EnumMap<PointsEntryType, Long>(PointsEntryType.class);
        sums.put(PointsEntryType.EARN, 900L);
        sums.put(PointsEntryType.BONUS, 100L);
        sums.put(PointsEntryType.REDEEM, -300L);
        sums.put(PointsEntryType.RESTORE, 50L);
        sums.put(PointsEntryType.EXPIRE, -120L);
        sums.put(PointsEntryType.CLAWBACK, -30L);
        sums.put(PointsEntryType.ADJUST, -5L);

        PointsKpis kpis = new PointsKpis(new PointsMovements(sums), 1_595L, 200L, HUNDRED_FOR_TEN);

        assertThat(kpis.getIssued()).isEqualTo(1000);
        assertThat(kpis.getRedeemed()).isEqualTo(250);
        assertThat(kpis.getExpired()).isEqualTo(120);
        assertThat(kpis.getClawedBack()).isEqualTo(30);
        assertThat(kpis.getAdjusted()).isEqualTo(-5);
        assertThat(kpis.getRedemptionRate()).isEqualByComparingTo("0.25");
        assertThat(kpis.getBreakageRate()).isEqualByComparingTo("0.12");
        assertThat(new PointsMovements(sums).net()).isEqualTo(595);
    }

    @Test
    void shouldValueTheLiabilityAtTheRedemptionRateRoundedDownToTheCent() {
        assertThat(new PointsKpis(PointsMovements.none(), 1_595L, 0, HUNDRED_FOR_TEN).getLiabilityValue())
                .isEqualByComparingTo("159.50");
        assertThat(new PointsKpis(PointsMovements.none(), 7L, 0, new RedemptionRate(3, new BigDecimal("1.00")))
                .getLiabilityValue()).isEqualByComparingTo("2.33");
        assertThat(new PointsKpis(PointsMovements.none(), -7L, 0, new RedemptionRate(3, new BigDecimal("1.00")))
                .getLiabilityValue()).isEqualByComparingTo("-2.33");
    }

    @Test
    void shouldHaveNoRatesWhenNothingWasIssued() {
        Map<PointsEntryType, Long> sums = new EnumMap<PointsEntryType, Long>(PointsEntryType.class);
        sums.put(PointsEntryType.EXPIRE, -40L);

        PointsKpis kpis = new PointsKpis(new PointsMovements(sums), 0, 0, HUNDRED_FOR_TEN);

        assertThat(kpis.getExpired()).isEqualTo(40);
        assertThat(kpis.getRedemptionRate()).isNull();
        assertThat(kpis.getBreakageRate()).isNull();
    }
}
