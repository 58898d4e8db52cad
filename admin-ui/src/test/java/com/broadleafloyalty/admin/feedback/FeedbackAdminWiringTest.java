package com.broadleafloyalty.admin.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Scanner;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps the Feedback section's template, messages, controller and section SQL in step. */
class FeedbackAdminWiringTest {

    @Test
    void shouldHaveATextForEveryMessageKeyOfTheSection() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/LoyaltyAdminMessages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<String>();
        Matcher used = Pattern.compile("#\\{(loyalty\\.feedback[\\w.]*)")
                .matcher(read("/open_admin_style/templates/views/loyalty/feedbackKpis.html"));
        while (used.find()) {
            keys.add(used.group(1));
        }
        assertThat(keys).hasSizeGreaterThan(10);
        keys.add("loyalty.feedback.badRange");
        keys.add("LoyaltyFeedback");

        assertThat(keys).allSatisfy(k -> assertThat(messages.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void shouldLoadTheSectionAtTheControllersUrlAndGrantItToTheAdminRole() throws IOException {
        String sql = read("/config/loyalty/sql/load_loyalty_admin_security.sql");

        assertThat(sql).contains("'LoyaltyFeedback', '/" + AdminFeedbackController.SECTION_KEY + "'")
                .contains("INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-5600, -5600);")
                .contains("INSERT INTO BLC_ADMIN_ROLE_PERMISSION_XREF (ADMIN_ROLE_ID, ADMIN_PERMISSION_ID) VALUES (-1, -5600);");
    }

    private String read(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource);
                Scanner scanner = new Scanner(in, "UTF-8").useDelimiter("\\A")) {
            return scanner.next();
        }
    }
}
