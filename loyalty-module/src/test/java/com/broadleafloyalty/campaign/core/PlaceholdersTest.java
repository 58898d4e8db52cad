package com.broadleafloyalty.campaign.core;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The composer's placeholders, paragraphs and languages. */
class PlaceholdersTest {

    @Test
    void shouldFillEveryKnownPlaceholder() {
        Map<String, String> values = new HashMap<String, String>();
        values.put("firstName", "Ana");
        values.put("balance", "1,250");
        values.put("tier", "Gold");
        values.put("pointsToNextTier", "750");

        assertThat(Placeholders.fill("Hi {firstName}: {balance} points, {tier}, {pointsToNextTier} to go. {firstName}!",
                values)).isEqualTo("Hi Ana: 1,250 points, Gold, 750 to go. Ana!");
    }

    @Test
    void shouldFillAMissingValueWithNothingAndLeaveOtherBracesAlone() {
        assertThat(Placeholders.fill("{firstName}, { not one } {} $1 \\", new HashMap<String, String>()))
                .isEqualTo(", { not one } {} $1 \\");
    }

    @Test
    void shouldFindUnknownPlaceholdersOnce() {
        assertThat(Placeholders.unknownIn("Hi {firstname} {name} {firstname} {tier} { x }")).containsExactly(
                "firstname", "name");
        assertThat(Placeholders.unknownIn("{balance} {pointsToNextTier}")).isEmpty();
        assertThat(Placeholders.unknownIn(null)).isEmpty();
    }

    @Test
    void shouldSplitTheBodyIntoParagraphsOfLines() {
        assertThat(Placeholders.paragraphs("Dear Ana,\r\n\r\nline one\nline two\n\n\n  <b>last</b>  \n"))
                .containsExactly(Arrays.asList("Dear Ana,"), Arrays.asList("line one", "line two"),
                        Arrays.asList("<b>last</b>"));
        assertThat(Placeholders.paragraphs("  \n ")).isEmpty();
    }

    @Test
    void shouldPickTheCustomersLanguageOrEnglish() {
        assertThat(CampaignLanguage.forLocale(new Locale("ro", "RO"))).isEqualTo("ro");
        assertThat(CampaignLanguage.forLocale(new Locale("pl"))).isEqualTo("pl");
        assertThat(CampaignLanguage.forLocale(new Locale("fr", "FR"))).isEqualTo("en");
        assertThat(CampaignLanguage.forLocale(null)).isEqualTo("en");
        assertThat(CampaignLanguage.pick(" ", "English")).isEqualTo("English");
        assertThat(CampaignLanguage.pick("Română", "English")).isEqualTo("Română");
    }
}
