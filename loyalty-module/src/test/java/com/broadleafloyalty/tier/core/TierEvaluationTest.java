package com.broadleafloyalty.tier.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.broadleafloyalty.tier.core.TierFixture.BRONZE;
import static com.broadleafloyalty.tier.core.TierFixture.GOLD;
import static com.broadleafloyalty.tier.core.TierFixture.SILVER;
import static com.broadleafloyalty.tier.core.TierFixture.activity;
import static com.broadleafloyalty.tier.core.TierFixture.ladder;
import static org.assertj.core.api.Assertions.assertThat;

class TierEvaluationTest {

    private static final Instant NOW = Instant.parse("2026-06-01T02:15:00Z");
    private final TierEvaluation evaluation = new TierEvaluation(ladder(), 30);

    @Test
    void shouldUpgradeAtOnceEvenAtCheckout() {
        TierDecision decision = evaluation.decide(SILVER, null, activity(1000, "0"), NOW, false);

        assertThat(decision.getKind()).isEqualTo(TierDecision.Kind.UPGRADE);
        assertThat(decision.getTier()).isSameAs(GOLD);
    }

    @Test
    void shouldGiveACustomerWithoutATierTheOneTheyQualifyFor() {
        assertThat(evaluation.decide(null, null, activity(0, "0"), NOW, false).getTier()).isSameAs(BRONZE);
    }

    @Test
    void shouldNeverDowngradeAtCheckout() {
        TierDecision decision = evaluation.decide(GOLD, null, activity(10, "10"), NOW, false);

        assertThat(decision.getKind()).isEqualTo(TierDecision.Kind.STAY);
        assertThat(decision.getTier()).isSameAs(GOLD);
    }

    @Test
    void shouldStartTheGracePeriodWhenTheCustomerNoLongerQualifies() {
        TierDecision decision = evaluation.decide(GOLD, null, activity(600, "0"), NOW, true);

        assertThat(decision.getKind()).isEqualTo(TierDecision.Kind.START_GRACE);
        assertThat(decision.getTier()).isSameAs(GOLD);
        assertThat(decision.getDowngradeDue()).isEqualTo(NOW.plus(Duration.ofDays(30)));
    }

    @Test
    void shouldKeepTheTierUntilTheGracePeriodIsOver() {
        Instant due = NOW.plus(Duration.ofDays(1));

        TierDecision decision = evaluation.decide(GOLD, due, activity(600, "0"), NOW, true);

        assertThat(decision.getKind()).isEqualTo(TierDecision.Kind.STAY);
        assertThat(decision.getDowngradeDue()).isEqualTo(due);
    }

    @Test
    void shouldDowngradeToTheTierQualifiedForOnceTheGracePeriodIsOver() {
        TierDecision decision = evaluation.decide(GOLD, NOW, activity(600, "0"), NOW, true);

        assertThat(decision.getKind()).isEqualTo(TierDecision.Kind.DOWNGRADE);
        assertThat(decision.getTier()).isSameAs(SILVER);
    }

    @Test
    void shouldDropThePendingDowngradeWhenTheCustomerQualifiesAgain() {
        TierDecision decision = evaluation.decide(GOLD, NOW.plus(Duration.ofDays(3)), activity(1200, "0"), NOW, false);

        assertThat(decision.getKind()).isEqualTo(TierDecision.Kind.CANCEL_GRACE);
        assertThat(decision.getDowngradeDue()).isNull();
    }

    @Test
    void shouldDowngradeTheSameNightWithoutAGracePeriod() {
        TierDecision decision = new TierEvaluation(ladder(), 0).decide(GOLD, null, activity(600, "0"), NOW, true);

        assertThat(decision.getKind()).isEqualTo(TierDecision.Kind.DOWNGRADE);
        assertThat(decision.getTier()).isSameAs(SILVER);
    }

    @Test
    void shouldStartTheWindowTheConfiguredMonthsBack() {
        assertThat(new RollingWindow(12).startAt(NOW)).isEqualTo(Instant.parse("2025-06-01T02:15:00Z"));
    }
}
