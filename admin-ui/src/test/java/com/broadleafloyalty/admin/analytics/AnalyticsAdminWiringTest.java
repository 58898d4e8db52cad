package com.broadleafloyalty.admin.analytics;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Scanner;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What the Dashboard section needs from the admin jar: its scripts, its texts in four languages, its period. */
class AnalyticsAdminWiringTest {

    private static final String[] LANGUAGES = {"", "_ro", "_pl", "_es"};

    @Test
    void shouldServeChartJsFromTheWebjarVersionOnTheClasspath() throws IOException {
        String context = text("/bl-loyalty-admin-applicationContext.xml");
        Matcher location = Pattern.compile("classpath:(/META-INF/resources/webjars/chart\\.js/[^<]+/dist/)")
                .matcher(context);
        assertThat(location.find()).as("the Chart.js location in the admin patch").isTrue();
        assertThat(getClass().getResource(location.group(1) + "chart.umd.min.js"))
                .as("Chart.js at " + location.group(1) + " (update the location with the webjar's version)")
                .isNotNull();
        assertThat(getClass().getResource("/loyalty_admin_style/js/loyalty-dashboard.js")).isNotNull();
    }

    @Test
    void shouldHaveEveryTextOfTheTemplateInEveryLanguage() throws IOException {
        Properties english = bundle("");
        Matcher keys = Pattern.compile("#\\{([a-zA-Z0-9.]+)").matcher(
                text("/open_admin_style/templates/views/loyalty/analyticsDashboard.html"));
        Set<String> used = new TreeSet<String>();
        while (keys.find()) {
            used.add(keys.group(1));
        }
        assertThat(used).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsAll(used);
        for (String language : LANGUAGES) {
            assertThat(bundle(language).stringPropertyNames()).as("keys of language " + language)
                    .isEqualTo(english.stringPropertyNames());
        }
        assertThat(bundle("_ro").getProperty("loyalty.analytics.kpi.points_issued")).isEqualTo("Puncte acordate");
    }

    @Test
    void shouldTakeThePresetPeriodsAndRefuseBadCustomOnes() {
        LocalDate today = LocalDate.parse("2024-03-30");

        DashboardPeriod thirty = DashboardPeriod.of("30", "", "", today);
        assertThat(thirty.getFirst()).isEqualTo(LocalDate.parse("2024-03-01"));
        assertThat(thirty.getLast()).isEqualTo(today);
        assertThat(DashboardPeriod.of("365", "", "", today).getFirst()).isEqualTo(LocalDate.parse("2023-04-01"));
        DashboardPeriod custom = DashboardPeriod.of("custom", "2024-01-01", "2024-01-31", today);
        assertThat(custom.getRefusal()).isNull();
        assertThat(custom.period().length().toDays()).isEqualTo(31);
        assertThat(DashboardPeriod.of("custom", "yesterday", "2024-01-31", today).getRefusal())
                .isEqualTo("loyalty.analytics.refusal.notDates");
        assertThat(DashboardPeriod.of("custom", "2024-02-01", "2024-01-31", today).getRefusal())
                .isEqualTo("loyalty.analytics.refusal.reversed");
        assertThat(DashboardPeriod.of("custom", "2019-01-01", "2024-01-31", today).getRefusal())
                .isEqualTo("loyalty.analytics.refusal.tooLong");
        assertThat(DashboardPeriod.of("custom", null, null, today).getRange()).isEqualTo("30");
        assertThat(DashboardPeriod.of("7", "", "", today).getRange()).isEqualTo("30");
    }

    private Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(getClass().getResourceAsStream(
                "/messages/LoyaltyAdminAnalyticsMessages" + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private String text(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource);
                Scanner scanner = new Scanner(in, "UTF-8").useDelimiter("\\A")) {
            return scanner.next();
        }
    }
}
