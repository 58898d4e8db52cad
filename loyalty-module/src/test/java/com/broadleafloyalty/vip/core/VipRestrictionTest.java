package com.broadleafloyalty.vip.core;

import com.broadleafloyalty.test.Messages;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VipRestrictionTest {

    private static final List<String> TIERS = Arrays.asList("Bronze", "Silver", "Gold");

    private static VipRestriction.Audience customer(final String tier, final String segment) {
        return new VipRestriction.Audience() {
            @Override
            public boolean tierAtLeast(String tierName) {
                return tier != null && TIERS.contains(tierName) && TIERS.indexOf(tier) >= TIERS.indexOf(tierName);
            }

            @Override
            public String segment() {
                return segment;
            }
        };
    }

    @Test
    void shouldAdmitTheMinimumTierAndAbove() {
        VipRestriction silverPlus = VipRestriction.of("Silver", null);

        assertThat(silverPlus.admits(customer("Bronze", null))).isFalse();
        assertThat(silverPlus.admits(customer("Silver", null))).isTrue();
        assertThat(silverPlus.admits(customer("Gold", null))).isTrue();
        assertThat(silverPlus.admits(customer(null, "Champions"))).isFalse();
    }

    @Test
    void shouldAdmitOnlyTheSegment() {
        VipRestriction champions = VipRestriction.of("  ", " Champions ");

        assertThat(champions.getMinTier()).isNull();
        assertThat(champions.admits(customer("Gold", "At risk"))).isFalse();
        assertThat(champions.admits(customer(null, "Champions"))).isTrue();
        assertThat(champions.admits(null)).isFalse();
    }

    @Test
    void shouldAdmitEitherWhenBothAreSet() {
        VipRestriction rule = VipRestriction.of("Gold", "Champions");

        assertThat(rule.admits(customer("Gold", null))).isTrue();
        assertThat(rule.admits(customer("Bronze", "Champions"))).isTrue();
        assertThat(rule.admits(customer("Silver", "Loyal"))).isFalse();
        assertThat(rule.describe()).isEqualTo("tier Gold or above, or segment Champions");
    }

    @Test
    void shouldRefuseARuleWithNeitherTierNorSegment() {
        assertThat(Messages.english(Messages.refusal(() -> VipRestriction.of(null, " "),
                VipRuleRefusedException.class).getText()))
                .isEqualTo("A VIP offer needs a minimum tier or a segment (or both).");
    }

    @Test
    void shouldMakeCodesFromTheUnambiguousAlphabet() {
        String code = new PersonalCodeText().next("VIP-");

        assertThat(code).startsWith("VIP-").hasSize(4 + PersonalCodeText.LENGTH);
        assertThat(code.substring(4)).matches("[" + PersonalCodeText.ALPHABET + "]+");
        assertThat(new PersonalCodeText().next("VIP-")).isNotEqualTo(code);
    }
}
