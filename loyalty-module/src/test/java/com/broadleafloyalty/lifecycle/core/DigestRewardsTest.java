package com.broadleafloyalty.lifecycle.core;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DigestRewardsTest {

    private final List<RewardChoice> catalog = Arrays.asList(
            new RewardChoice("Sticker", 50, true),
            new RewardChoice("Tote bag", 250, true),
            new RewardChoice("Mug", 300, false),
            new RewardChoice("Water bottle", 280, true),
            new RewardChoice("Headlamp", 900, true),
            new RewardChoice("Free shipping", 120, true));

    @Test
    void shouldShowTheDearestRewardsThePointsBuyNowInStockOnly() {
        DigestRewards rewards = DigestRewards.choose(300, catalog, 3);

        assertThat(rewards.getAffordable()).extracting(RewardChoice::getName)
                .containsExactly("Water bottle", "Tote bag", "Free shipping");
        assertThat(rewards.getNextGoal()).isNull();
        assertThat(rewards.getPointsToNextGoal()).isZero();
    }

    @Test
    void shouldShowAnAffordableRewardAtExactlyItsCost() {
        assertThat(DigestRewards.choose(50, catalog, 3).getAffordable()).extracting(RewardChoice::getName)
                .containsExactly("Sticker");
    }

    @Test
    void shouldAimAtTheCheapestRewardInStockWhenThePointsBuyNone() {
        DigestRewards rewards = DigestRewards.choose(20, catalog, 3);

        assertThat(rewards.getAffordable()).isEmpty();
        assertThat(rewards.getNextGoal().getName()).isEqualTo("Sticker");
        assertThat(rewards.getPointsToNextGoal()).isEqualTo(30);
    }

    @Test
    void shouldShowNothingWithAnEmptyOrSoldOutCatalog() {
        DigestRewards none = DigestRewards.choose(1000, Arrays.asList(new RewardChoice("Mug", 300, false)), 3);

        assertThat(none.getAffordable()).isEmpty();
        assertThat(none.getNextGoal()).isNull();
    }

    @Test
    void shouldCountTheWholeCostAsMissingWithADebt() {
        DigestRewards rewards = DigestRewards.choose(-40, catalog, 3);

        assertThat(rewards.getNextGoal().getName()).isEqualTo("Sticker");
        assertThat(rewards.getPointsToNextGoal()).isEqualTo(50);
    }
}
