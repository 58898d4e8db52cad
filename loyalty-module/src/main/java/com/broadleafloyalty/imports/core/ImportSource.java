package com.broadleafloyalty.imports.core;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The ledger source of an import file's lines: type {@code IMPORT:} + the first 32 hex digits (128 bits) of the
 * file's SHA-256, id the line number. The same file posts the same sources, so importing it again writes nothing.
 */
public final class ImportSource {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ImportSource() {
    }

    /** At most 39 characters: the ledger's source type column holds 40. */
    public static String typeOf(byte[] file) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(file);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        StringBuilder type = new StringBuilder("IMPORT:");
        for (int i = 0; i < 16; i++) {
            type.append(HEX[(digest[i] >> 4) & 0xf]).append(HEX[digest[i] & 0xf]);
        }
        return type.toString();
    }
}
