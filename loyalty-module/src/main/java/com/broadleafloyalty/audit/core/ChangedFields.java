package com.broadleafloyalty.audit.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of one side of a change (before or after), in the order given, written as {@code key=value} pairs
 * separated by "; ". A value's own backslashes, semicolons and line breaks are escaped, so the text reads back
 * unambiguously; a text beyond {@link #MAX_LENGTH} characters is cut with an ellipsis (the column's size).
 */
public final class ChangedFields {

    public static final int MAX_LENGTH = 2000;

    private final Map<String, String> fields = new LinkedHashMap<String, String>();

    public static ChangedFields none() {
        return new ChangedFields();
    }

    /** Adds a field; a null value is written as empty. */
    public ChangedFields with(String name, Object value) {
        fields.put(name, value == null ? "" : String.valueOf(value));
        return this;
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(fields);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The fields of {@code after} whose values differ from {@code before}'s (added ones included). */
    public static ChangedFields changedIn(ChangedFields before, ChangedFields after) {
        ChangedFields changed = new ChangedFields();
        for (Map.Entry<String, String> field : after.fields.entrySet()) {
            if (!field.getValue().equals(before.fields.get(field.getKey()))) {
                changed.fields.put(field.getKey(), field.getValue());
            }
        }
        return changed;
    }

    /** The same fields as {@code other}'s keys, with this side's values (empty when this side lacks one). */
    public ChangedFields only(ChangedFields other) {
        ChangedFields kept = new ChangedFields();
        for (String name : other.fields.keySet()) {
            String value = fields.get(name);
            kept.fields.put(name, value == null ? "" : value);
        }
        return kept;
    }

    public String describe() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(escape(field.getKey())).append('=').append(escape(field.getValue()));
        }
        if (text.length() > MAX_LENGTH) {
            return text.substring(0, MAX_LENGTH - 1) + "\u2026";
        }
        return text.toString();
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\':
                    escaped.append("\\\\");
                    break;
                case ';':
                    escaped.append("\\;");
                    break;
                case '\n':
                    escaped.append("\\n");
                    break;
                case '\r':
                    escaped.append("\\r");
                    break;
                default:
                    escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
