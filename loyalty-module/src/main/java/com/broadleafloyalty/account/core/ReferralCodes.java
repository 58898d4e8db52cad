package com.broadleafloyalty.account.core;

import java.security.SecureRandom;
import java.util.Random;

/**
 * Referral codes: 8 characters from an alphabet without the look-alikes 0/O, 1/I/L, so a code read aloud or copied
 * by hand comes out right. Input is normalized (case, spaces and dashes ignored) before it is looked up.
 */
public final class ReferralCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 8;

    private final Random random;

    public ReferralCodes() {
        this(new SecureRandom());
    }

    public ReferralCodes(Random random) {
        this.random = random;
    }

    public String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code in its stored form, or null when the text cannot be a code (wrong length or character). */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String code = text.replace(" ", "").replace("-", "").trim().toUpperCase(java.util.Locale.ROOT);
        if (code.length() != LENGTH) {
            return null;
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return null;
            }
        }
        return code;
    }

    /** True when the shopper typed nothing (no referral asked for). */
    public static boolean isBlank(String text) {
        return text == null || text.trim().isEmpty();
    }
}
