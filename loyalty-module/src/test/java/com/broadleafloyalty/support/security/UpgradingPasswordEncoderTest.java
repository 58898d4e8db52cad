package com.broadleafloyalty.support.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.encoding.PlaintextPasswordEncoder;
import org.springframework.security.authentication.encoding.ShaPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class UpgradingPasswordEncoderTest {

    private final UpgradingPasswordEncoder encoder = new UpgradingPasswordEncoder(4);

    @Test
    void shouldStoreNewPasswordsAsBcryptWhateverTheSalt() {
        String hash = encoder.encodePassword("demo1234", 42L);

        assertThat(hash).startsWith("$2a$04$").hasSize(60);
        assertThat(encoder.isPasswordValid(hash, "demo1234", 42L)).isTrue();
        assertThat(encoder.isPasswordValid(hash, "demo1234", null)).isTrue();
        assertThat(encoder.isPasswordValid(hash, "demo12345", 42L)).isFalse();
        assertThat(encoder.needsUpgrade(hash)).isFalse();
        assertThat(encoder.encodePassword("demo1234", 42L)).isNotEqualTo(hash);
    }

    @Test
    void shouldStillAcceptASaltedSha256HashAndAskForItsUpgrade() {
        String legacy = new ShaPasswordEncoder(256).encodePassword("admin", -1L);

        assertThat(legacy).isEqualTo("f33ca05e07da62eca3eb12d7185e3884ecfae11926052c3382df15e301cded8a");
        assertThat(encoder.isPasswordValid(legacy, "admin", -1L)).isTrue();
        assertThat(encoder.isPasswordValid(legacy, "admin", -2L)).isFalse();
        assertThat(encoder.isPasswordValid(legacy, "admln", -1L)).isFalse();
        assertThat(encoder.needsUpgrade(legacy)).isTrue();
    }

    @Test
    void shouldAcceptOnlyBcryptWithoutALegacyEncoderAndPlainTextWhenToldSo() {
        encoder.setLegacyEncoder(null);
        assertThat(encoder.isPasswordValid("secret", "secret", null)).isFalse();

        encoder.setLegacyEncoder(new PlaintextPasswordEncoder());
        assertThat(encoder.isPasswordValid("secret", "secret", null)).isTrue();
        assertThat(encoder.isPasswordValid(null, "secret", null)).isFalse();
    }
}
