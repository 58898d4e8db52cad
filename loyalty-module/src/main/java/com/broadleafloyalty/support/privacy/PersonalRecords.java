package com.broadleafloyalty.support.privacy;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the plain records of an export: instants and days in ISO-8601, enums by name, nothing else converted. */
public final class PersonalRecords {

    /** The text that replaces a free text an erasure removes. */
    public static final String ERASED = "[erased]";

    private PersonalRecords() {
    }

    /** {@code record("points", 10, "createdAt", date)}: keys and values in turn, in that order. */
    public static Map<String, Object> record(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values in pairs");
        }
        Map<String, Object> record = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            record.put(String.valueOf(keysAndValues[i]), plain(keysAndValues[i + 1]));
        }
        return record;
    }

    private static Object plain(Object value) {
        if (value instanceof java.sql.Date) {
            return value.toString(); // a calendar day (a birth date): yyyy-mm-dd, no time zone
        }
        if (value instanceof Date) {
            return ((Date) value).toInstant().toString();
        }
        if (value instanceof Enum) {
            return ((Enum<?>) value).name();
        }
        return value;
    }
}
