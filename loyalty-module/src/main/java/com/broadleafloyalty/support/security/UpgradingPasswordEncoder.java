package com.broadleafloyalty.support.security;

import org.springframework.security.authentication.encoding.PasswordEncoder;
import org.springframework.security.authentication.encoding.ShaPasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.regex.Pattern;

/**
 * BCrypt behind the salted-encoder interface that Broadleaf 3.1 calls ({@code blPasswordEncoder},
 * {@code blAdminPasswordEncoder}): new passwords are BCrypt hashes (which carry their own salt, so Broadleaf's salt
 * is ignored), and a hash of the old scheme still verifies with the legacy encoder until
 * {@link RehashingAuthenticationProvider} replaces it at the next successful login.
 * <p>
 * The legacy encoder defaults to salted SHA-256 (what the demo used); a shop on Broadleaf's default sets a
 * {@code PlaintextPasswordEncoder} instead.
 */
public class UpgradingPasswordEncoder implements PasswordEncoder {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");

    private final BCryptPasswordEncoder bcrypt;
    private PasswordEncoder legacyEncoder = new ShaPasswordEncoder(256);

    public UpgradingPasswordEncoder() {
        this(10);
    }

    /** {@code strength}: BCrypt's log2 rounds, 4 to 31 (10 takes about 0.1 s on one core). */
    public UpgradingPasswordEncoder(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String encodePassword(String rawPass, Object salt) {
        return bcrypt.encode(rawPass);
    }

    @Override
    public boolean isPasswordValid(String encPass, String rawPass, Object salt) {
        if (encPass == null || rawPass == null) {
            return false;
        }
        if (isBcrypt(encPass)) {
            return bcrypt.matches(rawPass, encPass);
        }
        return legacyEncoder != null && legacyEncoder.isPasswordValid(encPass, rawPass, salt);
    }

    /** True for a stored hash of the legacy scheme, which the next successful login replaces. */
    public boolean needsUpgrade(String encPass) {
        return encPass != null && !isBcrypt(encPass);
    }

    static boolean isBcrypt(String encPass) {
        return BCRYPT.matcher(encPass).matches();
    }

    /** The encoder that made the hashes stored before BCrypt; {@code null} accepts BCrypt hashes only. */
    public void setLegacyEncoder(PasswordEncoder legacyEncoder) {
        this.legacyEncoder = legacyEncoder;
    }
}
