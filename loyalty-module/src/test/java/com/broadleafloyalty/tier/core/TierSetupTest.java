package com.broadleafloyalty.tier.core;

import com.broadleafloyalty.test.Messages;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static com.broadleafloyalty.tier.core.TierFixture.BRONZE;
import static com.broadleafloyalty.tier.core.TierFixture.GOLD;
import static com.broadleafloyalty.tier.core.TierFixture.SILVER;
import static com.broadleafloyalty.tier.core.TierFixture.VIP;
import static org.assertj.core.api.Assertions.assertThat;

class TierSetupTest {

    @Test
    void shouldAcceptTheDemoLadder() {
        assertThat(TierSetup.check(Arrays.asList(BRONZE, SILVER, GOLD, VIP))).isEmpty();
    }

    @Test
    void shouldRefuseNamesThatDifferOnlyInCase() {
        List<TierSetupProblem> problems = TierSetup.check(Arrays.asList(GOLD, TierDefinition.of("GOLD", 2000, "2000", "2")));

        assertThat(problems).extracting(TierSetupProblem::getField).containsExactly("name");
        assertThat(english(problems.get(0))).contains("already a tier named \"Gold\"");
    }

    @Test
    void shouldRefuseABlankName() {
        assertThat(TierSetup.check(Arrays.asList(TierDefinition.of("  ", 0, "0", "1"))))
                .extracting(TierSetupTest::english).containsExactly("Enter a name for the tier.");
    }

    @Test
    void shouldRefuseANegativeMultiplier() {
        List<TierSetupProblem> problems = TierSetup.check(Arrays.asList(TierDefinition.of("Silver", 500, "500", "-1")));

        assertThat(problems).extracting(TierSetupProblem::getField).containsExactly("multiplier");
        assertThat(english(problems.get(0))).isEqualTo("The earning multiplier must be 0 or more, got -1.");
    }

    @Test
    void shouldRefuseAMultiplierAboveTheMaximumButAcceptTheMaximum() {
        List<TierSetupProblem> problems = TierSetup.check(Arrays.asList(TierDefinition.of("Silver", 500, "500",
                "1000000000")));

        assertThat(problems).extracting(TierSetupProblem::getField).containsExactly("multiplier");
        assertThat(english(problems.get(0))).isEqualTo("The earning multiplier can be at most 10, got 1000000000.");
        assertThat(Messages.in(Messages.ROMANIAN, problems.get(0).getText()))
                .isEqualTo("Multiplicatorul de puncte poate fi cel mult 10, nu 1000000000.");
        assertThat(TierSetup.check(Arrays.asList(TierDefinition.of("Silver", 500, "500", "10.00")))).isEmpty();
        assertThat(TierSetup.check(Arrays.asList(TierDefinition.of("Silver", 500, "500", "10.00001"))))
                .extracting(TierSetupTest::english)
                .containsExactly("The earning multiplier can be at most 10, got 10.00001.");
    }

    @Test
    void shouldShowAnAbsurdMultiplierShortly() {
        assertThat(TierSetup.check(Arrays.asList(TierDefinition.of("Silver", 500, "500", "1e999999999"))))
                .extracting(TierSetupTest::english)
                .containsExactly("The earning multiplier can be at most 10, got 1E+999999999.");
    }

    @Test
    void shouldKeepAStoredLadderAboveTheMaximumWorking() {
        List<TierDefinition> legacy = Arrays.asList(TierDefinition.of("Bronze", 0, "0", "1"),
                TierDefinition.of("Gold", 500, "500", "25"));

        assertThat(TierSetup.checkStored(legacy)).isEmpty();
        assertThat(TierLadder.of(legacy).getTiers()).hasSize(2);
        assertThat(TierSetup.check(legacy)).hasSize(1);
    }

    @Test
    void shouldAcceptAZeroMultiplier() {
        assertThat(TierSetup.check(Arrays.asList(TierDefinition.of("Watch list", 0, "0", "0")))).isEmpty();
    }

    @Test
    void shouldRefuseEqualPointsThresholds() {
        List<TierSetupProblem> problems = TierSetup.check(Arrays.asList(SILVER, TierDefinition.of("Gold", 500, "900", "1.5")));

        assertThat(problems).extracting(TierSetupProblem::getField).containsExactly("pointsThreshold");
    }

    @Test
    void shouldRefuseSpendThresholdsThatDoNotRiseWithThePoints() {
        List<TierSetupProblem> problems = TierSetup.check(Arrays.asList(BRONZE, SILVER,
                TierDefinition.of("Gold", 1000, "500.00", "1.5")));

        assertThat(problems).extracting(TierSetupProblem::getTierName, TierSetupProblem::getField)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Gold", "spendThreshold"));
        assertThat(english(problems.get(0))).contains("must be more than 500 of tier \"Silver\"");
    }

    @Test
    void shouldRefuseNegativeThresholds() {
        assertThat(TierSetup.check(Arrays.asList(TierDefinition.of("Bronze", -1, "-5", "1"))))
                .extracting(TierSetupProblem::getField).containsExactly("pointsThreshold", "spendThreshold");
    }

    @Test
    void shouldCheckAnEditedTierAgainstTheOthersOnItsOwnFields() {
        List<TierDefinition> others = Arrays.asList(BRONZE, SILVER, VIP);

        assertThat(TierSetup.checkCandidate(others, GOLD)).isEmpty();
        assertThat(TierSetup.checkCandidate(others, TierDefinition.of("Gold", 1000, "3000", "1.5")))
                .extracting(TierSetupTest::english)
                .containsExactly("The spend threshold must be less than 2,500 of tier \"VIP\", which needs more "
                        + "points (2,500): thresholds must increase from tier to tier for points and spend alike.");
        assertThat(TierSetup.checkCandidate(others, TierDefinition.of("silver", 1000, "1000", "1.5")))
                .extracting(TierSetupProblem::getField).containsExactly("name");
        assertThat(TierSetup.checkCandidate(others, TierDefinition.of("Gold", 500, "700", "1.5")))
                .extracting(TierSetupProblem::getField).containsExactly("pointsThreshold");
    }

    private static String english(TierSetupProblem problem) {
        return Messages.english(problem.getText());
    }
}
