package com.broadleafloyalty.api.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets handed out once (API keys, shopper tokens) and the hash stored in their place. The secrets are 256 random
 * bits, so a plain SHA-256 is enough to store them: there is nothing to guess that a slow hash would protect.
 */
public final class ApiSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiSecrets() {
    }

    /** {@code prefix} + 43 URL-safe characters, e.g. {@code lk_...} for an admin key. */
    public static String newSecret(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** A 64-bit number derived from {@code text}: the ledger source id of an idempotent API adjustment. */
    public static long sourceId(String text) {
        String hex = hash(text);
        return Long.parseUnsignedLong(hex.substring(0, 15), 16);
    }
}
