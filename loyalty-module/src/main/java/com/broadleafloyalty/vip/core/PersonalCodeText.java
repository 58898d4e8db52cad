package com.broadleafloyalty.vip.core;

import java.security.SecureRandom;

/**
 * Text of a personal one-time code: a prefix and 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * from a {@link SecureRandom}, so a code cannot be guessed from another one. Uniqueness is still guarded by
 * Broadleaf's unique offer code column; a collision is retried by the caller.
 */
public final class PersonalCodeText {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 10;

    private final SecureRandom random;

    public PersonalCodeText() {
        this(new SecureRandom());
    }

    PersonalCodeText(SecureRandom random) {
        this.random = random;
    }

    public String next(String prefix) {
        StringBuilder code = new StringBuilder(prefix == null ? "" : prefix);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
