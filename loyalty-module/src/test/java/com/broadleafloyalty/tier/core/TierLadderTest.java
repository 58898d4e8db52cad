package com.broadleafloyalty.tier.core;

import com.broadleafloyalty.test.Messages;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static com.broadleafloyalty.tier.core.TierFixture.BRONZE;
import static com.broadleafloyalty.tier.core.TierFixture.GOLD;
import static com.broadleafloyalty.tier.core.TierFixture.SILVER;
import static com.broadleafloyalty.tier.core.TierFixture.VIP;
import static com.broadleafloyalty.tier.core.TierFixture.activity;
import static com.broadleafloyalty.tier.core.TierFixture.ladder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TierLadderTest {

    @Test
    void shouldRankTiersByThresholdWhateverTheOrderTheyAreGivenIn() {
        assertThat(ladder().getTiers()).containsExactly(BRONZE, SILVER, GOLD, VIP);
        assertThat(ladder().rankOf("gold")).isEqualTo(2);
        assertThat(ladder().rankOf("Platinum")).isEqualTo(-1);
    }

    @Test
    void shouldQualifyForTheHighestTierReachedByPointsOrBySpend() {
        assertThat(ladder().qualify(activity(0, "0"))).isSameAs(BRONZE);
        assertThat(ladder().qualify(activity(999, "999.99"))).isSameAs(SILVER);
        assertThat(ladder().qualify(activity(1000, "0"))).isSameAs(GOLD);
        assertThat(ladder().qualify(activity(10, "1000.00"))).isSameAs(GOLD);
        assertThat(ladder().qualify(activity(600, "2500"))).isSameAs(VIP);
    }

    @Test
    void shouldQualifyForNoTierWhenTheLowestNeedsSomething() {
        TierLadder ladder = TierLadder.of(Arrays.asList(SILVER, GOLD));

        assertThat(ladder.qualify(activity(499, "499.99"))).isNull();
        assertThat(ladder.next(null)).isSameAs(SILVER);
    }

    @Test
    void shouldRefuseAnInvalidSetUpNamingTheProblem() {
        TierDefinition cheapGold = TierDefinition.of("Gold", 1000, "400.00", "1.5");

        assertThatThrownBy(() -> TierLadder.of(Arrays.asList(BRONZE, SILVER, cheapGold)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Gold.spendThreshold");
    }

    @Test
    void shouldTellWhatIsMissingForTheNextTierByEitherMeasure() {
        TierProgress progress = ladder().progress(SILVER, activity(880, "960.00"));

        assertThat(progress.getNext()).isSameAs(GOLD);
        assertThat(progress.getPointsMissing()).isEqualTo(120);
        assertThat(progress.getSpendMissing()).isEqualByComparingTo("40.00");
        assertThat(Messages.english(progress.text("USD")))
                .isEqualTo("Spend $40.00 more or earn 120 more points to reach Gold.");
        assertThat(Messages.in(Messages.POLISH, progress.text("PLN")))
                .isEqualTo("Wydaj jeszcze 40,00\u00a0zł albo zdobądź jeszcze 120 punktów, aby osiągnąć poziom Gold.");
        assertThat(Messages.in(Messages.ROMANIAN, progress.text("RON")))
                .isEqualTo("Mai cheltuiește 40,00\u00a0lei sau mai strânge 120 de puncte ca să ajungi la nivelul Gold.");
        assertThat(progress.percentToNext()).isEqualTo(96);
    }

    @Test
    void shouldSayWhenTheCustomerIsAtTheTop() {
        TierProgress progress = ladder().progress(VIP, activity(3000, "0"));

        assertThat(progress.isAtTop()).isTrue();
        assertThat(Messages.english(progress.text("USD"))).isEqualTo("You are in our highest tier, VIP.");
        assertThat(progress.percentToNext()).isEqualTo(100);
    }

    @Test
    void shouldSayWhenTheNextTierIsReachedButNotYetGranted() {
        TierProgress progress = ladder().progress(BRONZE, activity(520, "10"));

        assertThat(progress.isNextReached()).isTrue();
        assertThat(Messages.english(progress.text("USD")))
                .isEqualTo("You have qualified for Silver: it applies from your next order.");
        assertThat(Messages.in(Messages.SPANISH, progress.text("EUR")))
                .isEqualTo("Ya tienes el nivel Silver: se aplica a partir de tu próximo pedido.");
    }
}
