package com.broadleafloyalty.campaign.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders an admin may write in a campaign's subject and body: {@code {firstName}}, {@code {balance}},
 * {@code {tier}}, {@code {pointsToNextTier}}. A word in braces that is none of them is refused (a typo would
 * otherwise reach every customer as written); braces around anything else (a space, punctuation) are plain text.
 */
public final class Placeholders {

    public static final String FIRST_NAME = "firstName";
    public static final String BALANCE = "balance";
    public static final String TIER = "tier";
    public static final String POINTS_TO_NEXT_TIER = "pointsToNextTier";
    public static final List<String> KNOWN = Collections.unmodifiableList(
            Arrays.asList(FIRST_NAME, BALANCE, TIER, POINTS_TO_NEXT_TIER));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)\\}");

    private Placeholders() {
    }

    /** The placeholder names in {@code text} that are not known, in order of first appearance. */
    public static List<String> unknownIn(String text) {
        Set<String> unknown = new LinkedHashSet<String>();
        if (text != null) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                if (!KNOWN.contains(matcher.group(1))) {
                    unknown.add(matcher.group(1));
                }
            }
        }
        return new ArrayList<String>(unknown);
    }

    /** The text with each known placeholder replaced by its value (an empty string when the value is missing). */
    public static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return "";
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuffer filled = new StringBuffer();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = KNOWN.contains(name) ? values.get(name) : matcher.group();
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /**
     * The body as paragraphs (separated by an empty line), each a list of its lines: the email template writes each
     * line as escaped text, so an admin's text never becomes HTML.
     */
    public static List<List<String>> paragraphs(String body) {
        List<List<String>> paragraphs = new ArrayList<List<String>>();
        if (body == null) {
            return paragraphs;
        }
        List<String> current = new ArrayList<String>();
        for (String line : body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (line.trim().isEmpty()) {
                if (!current.isEmpty()) {
                    paragraphs.add(current);
                    current = new ArrayList<String>();
                }
            } else {
                current.add(line.trim());
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }
}
