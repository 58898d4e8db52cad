package com.broadleafloyalty.demo.web;

import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.demo.DemoShop;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration and login over real HTTP: one account and one sign-up bonus per mailbox whatever the case and spaces
 * typed, and every mistake on the form a message (never an error page) with nothing created.
 */
class RegistrationHttpTest {

    private static final String PASSWORD = "secret123";

    private static DemoShop shop;
    private static DemoDatabase database;

    @BeforeAll
    static void startShop() throws Exception {
        database = DemoDatabase.inMemory("registration");
        shop = DemoShop.start("127.0.0.1", 0, database, false);
    }

    @AfterAll
    static void stopShop() throws Exception {
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    void shouldKeepOneAccountAndOneBonusPerMailboxWhateverTheCaseOrSpaces() throws Exception {
        String mailbox = "case-" + System.nanoTime() + "@example.com";
        Shopper first = new Shopper(shop.baseUrl());
        first.register(" " + mailbox.toUpperCase().replace("@EXAMPLE.COM", "@Example.com") + " ", PASSWORD);
        assertThat(first.open("/account/loyalty").selectFirst(".loyalty-balance").text()).isEqualTo("100");
        assertThat(first.open("/").selectFirst("header .who").text()).isEqualTo(mailbox);

        for (String variant : new String[] {mailbox.toUpperCase(), " " + mailbox, mailbox + "  ", mailbox}) {
            Shopper farmer = new Shopper(shop.baseUrl());
            Document refused = farmer.register(variant, PASSWORD);
            assertThat(farmer.lastStatus()).as(variant).isEqualTo(200);
            assertThat(farmer.lastUrl()).as(variant).endsWith("/register");
            assertThat(refused.select(".register-errors li").eachText()).as(variant)
                    .containsExactly("An account with this email address already exists: log in, or use another address.");
        }
        assertThat(customersWithMailbox(mailbox)).isEqualTo(1);

        Shopper again = new Shopper(shop.baseUrl());
        again.logIn("  " + mailbox.toUpperCase() + " ", PASSWORD);
        Document loyalty = again.open("/account/loyalty");
        assertThat(again.lastUrl()).endsWith("/account/loyalty");
        assertThat(loyalty.selectFirst(".loyalty-balance").text()).isEqualTo("100");
        assertThat(loyalty.select(".loyalty-ledger-entry")).hasSize(1);
    }

    @Test
    void shouldShowEachRegistrationMistakeOnTheFormAndCreateNothing() throws Exception {
        String email = "mistakes-" + System.nanoTime() + "@example.com";
        StringBuilder longName = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            longName.append('a');
        }
        String[][] cases = {
            {email, "Ann", "Lee", PASSWORD, "other123", "The two passwords are not the same: please type them again."},
            {"not-an-email", "Ann", "Lee", PASSWORD, PASSWORD, "This is not an email address: please check it."},
            {email, "", "Lee", PASSWORD, PASSWORD, "Enter your first name."},
            {email, longName.toString(), "Lee", PASSWORD, PASSWORD, "First name: at most 100 characters, please."},
            {email, "Ann", longName.toString(), PASSWORD, PASSWORD, "Last name: at most 100 characters, please."},
            {"", "Ann", "Lee", PASSWORD, PASSWORD, "Enter your email address."},
            {email, "Ann", "Lee", "", "", "Choose a password."},
        };
        for (String[] mistake : cases) {
            Shopper shopper = new Shopper(shop.baseUrl());
            Document form = shopper.submit(shopper.open("/register"), "form.register-form",
                    "customer.emailAddress", mistake[0], "customer.firstName", mistake[1],
                    "customer.lastName", mistake[2], "password", mistake[3], "passwordConfirm", mistake[4]);

            assertThat(shopper.lastStatus()).as(mistake[5]).isEqualTo(200);
            assertThat(shopper.lastUrl()).endsWith("/register");
            assertThat(form.select(".register-errors li").eachText()).as(mistake[5]).contains(mistake[5]);
            assertThat(form.selectFirst("input[name=customer.emailAddress]").val()).isEqualTo(mistake[0].trim());
            assertThat(shopper.open("/account/loyalty").select(".loyalty-balance")).isEmpty();
        }
        assertThat(customersWithMailbox(email)).isZero();
        assertThat(customersWithMailbox("not-an-email")).isZero();
    }

    private static long customersWithMailbox(String mailbox) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.url(), "sa", "");
             PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM BLC_CUSTOMER WHERE LOWER(TRIM(EMAIL_ADDRESS)) = ?")) {
            count.setString(1, mailbox);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
