package com.broadleafloyalty.admin.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Scanner;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps the Customer points templates, messages, controller and section SQL in step. */
class CustomerPointsAdminWiringTest {

    private static final String VIEWS = "/open_admin_style/templates/views/loyalty/";
    private static final String[] TEMPLATES = {"customerPartials.html", "customerSearch.html", "customerPoints.html"};
    private static final String[] JAVA_KEYS = {
        "LoyaltyCustomerPoints", "loyalty.customerPoints.orderNotFound", "loyalty.customerPoints.customerNotFound",
        "loyalty.customerPoints.notTheirOrder", "loyalty.customerPoints.adjusted", "loyalty.customerPoints.cancelled",
        "loyalty.customerPoints.cancelled.alreadyRecorded", "loyalty.customerPoints.returned",
        "loyalty.customerPoints.returned.alreadyRecorded", "loyalty.customerPoints.shortfall"};

    @Test
    void shouldHaveATextForEveryMessageKeyOfTheSection() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/LoyaltyAdminMessages.properties")) {
            messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<String>();
        Pattern key = Pattern.compile("#\\{(loyalty\\.customerPoints[\\w.]*)");
        for (String template : TEMPLATES) {
            Matcher used = key.matcher(read(VIEWS + template));
            while (used.find()) {
                keys.add(used.group(1));
            }
        }
        assertThat(keys).hasSizeGreaterThan(30);
        for (String javaKey : JAVA_KEYS) {
            keys.add(javaKey);
        }

        assertThat(keys).allSatisfy(k -> assertThat(messages.getProperty(k)).as(k).isNotBlank().doesNotContain("'"));
    }

    @Test
    void shouldLoadTheSectionAtTheControllersUrlAndGrantItToTheAdminRole() throws IOException {
        String sql = read("/config/loyalty/sql/load_loyalty_admin_security.sql");

        assertThat(sql).contains("'LoyaltyCustomerPoints', '/" + AdminCustomerPointsController.SECTION_KEY + "'")
                .contains("INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-5001, -5102);")
                .contains("INSERT INTO BLC_ADMIN_ROLE_PERMISSION_XREF (ADMIN_ROLE_ID, ADMIN_PERMISSION_ID) VALUES (-1, -5102);");
    }

    @Test
    void shouldTreatLikeWildcardsInTheSearchTextAsPlainCharacters() {
        assertThat(CustomerSearch.escapeLike("a_b%c!d")).isEqualTo("a!_b!%c!!d");
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = CustomerPointsAdminWiringTest.class.getResourceAsStream(resource);
             Scanner scanner = new Scanner(in, "UTF-8")) {
            return scanner.useDelimiter("\\A").next();
        }
    }
}
