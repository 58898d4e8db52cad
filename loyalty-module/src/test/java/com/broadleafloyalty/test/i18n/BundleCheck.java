package com.broadleafloyalty.test.i18n;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks one message bundle family ({@code messages/LoyaltyMessages} and its {@code _ro}, {@code _pl}, {@code _es}
 * files) the way the shop reads it (UTF-8, ICU message formats): every language has every key and no other, no
 * value is empty, every value parses as an ICU message format, a translation uses the same arguments as the English
 * text, and every plural gives each form its language needs for counts under 1000 (Polish one/few/many, Romanian
 * one/few/other, Spanish and English one/other).
 */
public final class BundleCheck {

    /** The shop's languages: English (the base bundle), Romanian, Polish, Spanish. */
    public static final List<Locale> TRANSLATIONS = Arrays.asList(new Locale("ro"), new Locale("pl"), new Locale("es"));

    private BundleCheck() {
    }

    /** Every problem of the family, one sentence each; empty when it is complete and well formed. */
    public static List<String> problems(String basename) {
        List<String> problems = new ArrayList<String>();
        Properties base = load(basename + ".properties", problems);
        if (base == null) {
            return problems;
        }
        checkValues(basename + ".properties", base, Locale.ENGLISH, null, problems);
        for (Locale language : TRANSLATIONS) {
            String file = basename + "_" + language.getLanguage() + ".properties";
            Properties translation = load(file, problems);
            if (translation == null) {
                continue;
            }
            for (String key : new TreeSet<String>(base.stringPropertyNames())) {
                if (!translation.containsKey(key)) {
                    problems.add(file + ": missing key " + key);
                }
            }
            for (String key : new TreeSet<String>(translation.stringPropertyNames())) {
                if (!base.containsKey(key)) {
                    problems.add(file + ": key " + key + " is not in the English bundle");
                }
            }
            checkValues(file, translation, language, base, problems);
        }
        return problems;
    }

    /** The keys of the English bundle. */
    public static Set<String> keys(String basename) {
        Properties base = load(basename + ".properties", new ArrayList<String>());
        return base == null ? new TreeSet<String>() : new TreeSet<String>(base.stringPropertyNames());
    }

    private static void checkValues(String file, Properties bundle, Locale language, Properties base,
            List<String> problems) {
        PluralRules rules = PluralRules.forLocale(ULocale.forLocale(language));
        for (String key : new TreeSet<String>(bundle.stringPropertyNames())) {
            String value = bundle.getProperty(key);
            if (value.trim().isEmpty()) {
                problems.add(file + ": " + key + " is empty");
                continue;
            }
            MessagePattern pattern;
            try {
                pattern = new MessagePattern(value);
            } catch (IllegalArgumentException e) {
                problems.add(file + ": " + key + " is not an ICU message format (" + e.getMessage() + ")");
                continue;
            }
            checkPlurals(file, key, pattern, rules, problems);
            if (base != null && base.containsKey(key)) {
                Set<Integer> expected = arguments(new MessagePattern(base.getProperty(key)));
                Set<Integer> actual = arguments(pattern);
                if (!expected.equals(actual)) {
                    problems.add(file + ": " + key + " uses arguments " + actual + ", the English text " + expected);
                }
            }
        }
    }

    private static void checkPlurals(String file, String key, MessagePattern pattern, PluralRules rules,
            List<String> problems) {
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START
                    || part.getArgType() != MessagePattern.ArgType.PLURAL) {
                continue;
            }
            Set<String> forms = new TreeSet<String>();
            int limit = pattern.getLimitPartIndex(i);
            for (int j = i + 1; j < limit; j++) {
                MessagePattern.Part inner = pattern.getPart(j);
                if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                    forms.add(pattern.getSubstring(inner));
                    j = pattern.getLimitPartIndex(j + 1);
                }
            }
            for (String needed : neededForms(rules)) {
                if (!forms.contains(needed)) {
                    problems.add(file + ": " + key + " has no plural form '" + needed + "' (has " + forms + ")");
                }
            }
        }
    }

    /** The plural forms with a whole-number example under 1000 in the language, and "other" (ICU needs it). */
    private static Set<String> neededForms(PluralRules rules) {
        Set<String> forms = new TreeSet<String>();
        forms.add("other");
        for (String keyword : rules.getKeywords()) {
            Collection<Double> samples = rules.getSamples(keyword, PluralRules.SampleType.INTEGER);
            if (samples == null) {
                continue;
            }
            for (Double sample : samples) {
                if (sample < 1000) {
                    forms.add(keyword);
                    break;
                }
            }
        }
        return forms;
    }

    private static Set<Integer> arguments(MessagePattern pattern) {
        Set<Integer> numbers = new TreeSet<Integer>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                numbers.add(part.getValue());
            }
        }
        return numbers;
    }

    private static Properties load(String resource, List<String> problems) {
        InputStream in = BundleCheck.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            problems.add(resource + " is missing");
            return null;
        }
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            problems.add(resource + " cannot be read: " + e);
            return null;
        }
    }
}
