package com.broadleafloyalty.demo.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The bad inputs the hardening test sends: a fixed list of the classic mistakes and attacks (negative, zero, huge,
 * non-numeric, other scripts' digits, very long, SQL and HTML meta-characters, template expressions, control
 * characters) plus values drawn from a seeded generator, so every run sends the same inputs and a failure repeats.
 */
final class BadInputs {

    /** Digits 5 and 0 of scripts whose digits {@code Long.parseLong} and {@code Integer.decode} accept. */
    private static final String[] FOREIGN_DIGITS = {
        "\u0665\u0660", "\u06f5\u06f0", "\uff15\uff10", "\u096b\u0966", "\u09eb\u09e6", "\u0e55\u0e50", "\uff11"};

    private static final List<String> NUMBERS = Collections.unmodifiableList(Arrays.asList(
            "", " ", "-1", "-0", "+0", "-5", "-2147483649", "2147483648", "9223372036854775807",
            "9223372036854775808", "-9223372036854775808", "99999999999999999999999999", "1e3", "1E9", "NaN",
            "Infinity", "-Infinity", "0x10", "#10", "12.5", "0.0001", "1,000", "1 000", "abc", "ten", "null",
            "undefined", "true", "' OR '1'='1", "1; DROP TABLE BLC_ORDER;--", "1' --", "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>", "%00", "\u0000", "\u202e12", "\ud83d\ude00", "${7*7}", "#{7*7}",
            "../../etc/passwd"));

    private static final List<String> TEXTS = Collections.unmodifiableList(Arrays.asList(
            "<script>alert(1)</script>", "' OR 1=1 --", "Robert'); DROP TABLE BLC_CUSTOMER;--",
            "\"><svg onload=alert(1)>", "${T(java.lang.Runtime).getRuntime()}", "#{7*7}", "%27%22", "\u0000",
            "\ud83d\ude00\ud83d\ude00", "\u202eevil", "   "));

    private final Random random;

    BadInputs(long seed) {
        this.random = new Random(seed);
    }

    /** Text that is not an acceptable whole positive number anywhere in the shop (0 and 00 included). */
    List<String> numbers(int generated) {
        List<String> values = new ArrayList<String>(NUMBERS);
        values.addAll(Arrays.asList(FOREIGN_DIGITS));
        values.add("0");
        values.add("00");
        values.add(repeat('9', 300));
        values.add(repeat('x', 5000));
        for (int i = 0; i < generated; i++) {
            values.add(generatedNumber());
        }
        return values;
    }

    /** Free text that no form should store as it is (or that rides along with a field that is refused). */
    List<String> texts(int generated) {
        List<String> values = new ArrayList<String>(TEXTS);
        values.add(repeat('a', 256));
        values.add(repeat('b', 5000));
        for (int i = 0; i < generated; i++) {
            values.add(junk(1 + random.nextInt(40)));
        }
        return values;
    }

    String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A generated number that is wrong: huge, negative, signed twice, in other digits, or with junk around it. */
    private String generatedNumber() {
        switch (random.nextInt(6)) {
            case 0:
                return digits(19 + random.nextInt(20));
            case 1:
                return "-" + digits(1 + random.nextInt(18));
            case 2:
                return FOREIGN_DIGITS[random.nextInt(FOREIGN_DIGITS.length)] + digits(random.nextInt(3));
            case 3:
                return digits(1 + random.nextInt(4)) + "." + digits(1 + random.nextInt(4)) + "e" + random.nextInt(30);
            case 4:
                return "+-" + digits(1 + random.nextInt(3));
            default:
                return junk(1 + random.nextInt(12)) + "x";
        }
    }

    private String digits(int length) {
        StringBuilder text = new StringBuilder(length);
        text.append((char) ('1' + random.nextInt(9)));
        for (int i = 1; i < length; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }

    /** Printable ASCII meta-characters and a few non-ASCII letters, never a plain number. */
    private String junk(int length) {
        String alphabet = "<>\"'`;&%$#@!*(){}[]|\\/?=+-_~^ abcXYZ\u00e9\u0142\u0219\u00f1\u4e2d";
        StringBuilder text = new StringBuilder(length + 1);
        text.append('<');
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    static String repeat(char c, int times) {
        char[] chars = new char[times];
        Arrays.fill(chars, c);
        return new String(chars);
    }
}
