package com.broadleafloyalty.segment.core;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifecycleRuleTest {

    private static final long DAY = 86_400_000L;
    private static final long TODAY = 20_000;
    private final LifecycleRule rule = new LifecycleRule(90);

    @Test
    void shouldSeeAFirstPurchaseInsideTheReturnWindow() {
        assertThat(phase(oneOrderDaysAgo(0), 5, 1, 1, false)).isEqualTo(LifecyclePhase.FIRST_PURCHASE);
        assertThat(phase(oneOrderDaysAgo(89), 3, 1, 5, false)).isEqualTo(LifecyclePhase.FIRST_PURCHASE);
    }

    @Test
    void shouldSeeAtRiskOfDisappointmentWhenNoSecondOrderCameWithinTheWindow() {
        assertThat(phase(oneOrderDaysAgo(90), 3, 1, 5, false)).isEqualTo(LifecyclePhase.AT_RISK_OF_DISAPPOINTMENT);
        assertThat(phase(oneOrderDaysAgo(400), 1, 1, 1, false)).isEqualTo(LifecyclePhase.AT_RISK_OF_DISAPPOINTMENT);
    }

    @Test
    void shouldTrustARepeatBuyerAndCallTheTopOnesAdvocates() {
        CustomerAggregate twice = oneOrderDaysAgo(300).plusOrder((TODAY - 200) * DAY, BigDecimal.TEN);

        assertThat(phase(twice, 1, 3, 5, false)).isEqualTo(LifecyclePhase.TRUST);
        assertThat(phase(twice, 1, 4, 4, false)).isEqualTo(LifecyclePhase.TRUST);
        assertThat(phase(twice, 1, 5, 4, false)).isEqualTo(LifecyclePhase.TRUST);
        assertThat(phase(twice, 1, 5, 5, false)).isEqualTo(LifecyclePhase.ADVOCATE);
    }

    @Test
    void shouldMakeAnyoneWhoReferredSomeoneAnAdvocate() {
        assertThat(phase(oneOrderDaysAgo(5), 5, 1, 1, true)).isEqualTo(LifecyclePhase.ADVOCATE);
    }

    @Test
    void shouldNotCallAOneOrderCustomerAnAdvocateForTopScores() {
        // With few customers a single big order can reach F 5 and M 5; one order is still no relationship.
        assertThat(phase(oneOrderDaysAgo(5), 5, 5, 5, false)).isEqualTo(LifecyclePhase.FIRST_PURCHASE);
    }

    @Test
    void shouldRefuseAnEmptyReturnWindow() {
        assertThatThrownBy(() -> new LifecycleRule(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 day");
    }

    private LifecyclePhase phase(CustomerAggregate customer, int r, int f, int m, boolean referred) {
        return rule.phaseOf(customer, new RfmScore(r, f, m), TODAY, referred);
    }

    private static CustomerAggregate oneOrderDaysAgo(long days) {
        return CustomerAggregate.firstOrder(1, (TODAY - days) * DAY + 3_600_000L, new BigDecimal("20.00"));
    }
}
