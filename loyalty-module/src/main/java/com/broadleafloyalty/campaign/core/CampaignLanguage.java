package com.broadleafloyalty.campaign.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The languages a campaign is written in; English is the one every customer falls back to. */
public final class CampaignLanguage {

    public static final String FALLBACK = "en";
    public static final List<String> ALL = Collections.unmodifiableList(Arrays.asList("en", "ro", "pl", "es"));

    private CampaignLanguage() {
    }

    /** The campaign language for a customer's locale: its language when the campaign has it, else English. */
    public static String forLocale(Locale locale) {
        String language = locale == null ? FALLBACK : locale.getLanguage().toLowerCase(Locale.ROOT);
        return ALL.contains(language) ? language : FALLBACK;
    }

    /** The text in {@code language}, or the English one when that language's is empty. */
    public static String pick(String inLanguage, String english) {
        return inLanguage == null || inLanguage.trim().isEmpty() ? english : inLanguage;
    }
}
