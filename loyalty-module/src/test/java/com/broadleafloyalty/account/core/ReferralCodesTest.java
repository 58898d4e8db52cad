package com.broadleafloyalty.account.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReferralCodesTest {

    @Test
    void shouldMakeEightCharacterCodesWithoutLookAlikes() {
        ReferralCodes codes = new ReferralCodes(new Random(42));
        Set<String> seen = new HashSet<String>();
        for (int i = 0; i < 2000; i++) {
            String code = codes.next();
            assertThat(code).hasSize(8).doesNotContain("0", "O", "1", "I", "L");
            assertThat(ReferralCodes.normalize(code)).isEqualTo(code);
            seen.add(code);
        }
        assertThat(seen).hasSize(2000);
    }

    @Test
    void shouldNormalizeCaseSpacesAndDashes() {
        assertThat(ReferralCodes.normalize(" abcd-efgh ")).isEqualTo("ABCDEFGH");
        assertThat(ReferralCodes.normalize("ab cd 23 45")).isEqualTo("ABCD2345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCDEFG", "ABCDEFGHJ", "ABCDEFG0", "ABCDEFGO", "ABCDEFG1", "ABCDEFGI", "ABCD#FGH"})
    void shouldRefuseTextThatCannotBeACode(String text) {
        assertThat(ReferralCodes.normalize(text)).isNull();
    }

    @Test
    void shouldTellABlankEntryFromACode() {
        assertThat(ReferralCodes.isBlank("  ")).isTrue();
        assertThat(ReferralCodes.isBlank(null)).isTrue();
        assertThat(ReferralCodes.isBlank("X")).isFalse();
    }
}
