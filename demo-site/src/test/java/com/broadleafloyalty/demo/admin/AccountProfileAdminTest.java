package com.broadleafloyalty.demo.admin;

import com.broadleafloyalty.demo.web.Shopper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin's Customer points page shows the loyalty profile and the referral history, on both sides. */
class AccountProfileAdminTest {

    private static AdminTestServer server;

    @BeforeAll
    static void startAdmin() throws Exception {
        server = AdminTestServer.start();
    }

    @AfterAll
    static void stopAdmin() throws Exception {
        server.close();
    }

    @Test
    void shouldShowProfileAndReferralsOfBothCustomers() throws Exception {
        String referrerEmail = "referrer-" + System.nanoTime() + "@example.com";
        Shopper referrer = new Shopper(server.siteUrl());
        referrer.register(referrerEmail, "secret123");
        String code = referrer.open("/account/loyalty").selectFirst(".loyalty-referral-code").text();
        String friendEmail = "friend-" + System.nanoTime() + "@example.com";
        Shopper friend = new Shopper(server.siteUrl());
        friend.submit(friend.open("/register?ref=" + code), "form.register-form", "customer.emailAddress", friendEmail,
                "customer.firstName", "Fran", "customer.lastName", "Friend", "password", "secret123",
                "passwordConfirm", "secret123", "loyaltyReferralCode", code, "loyaltyBirthDate", "1979-07-14",
                "loyaltyNewsletter", "true");
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");

        Document referrerPage = openAccount(admin, referrerEmail);
        Document friendPage = openAccount(admin, friendEmail);

        assertThat(referrerPage.selectFirst("#loyalty-profile-code").text()).isEqualTo(code);
        assertThat(referrerPage.select("#loyalty-referrals .loyalty-referral-row")).hasSize(1);
        assertThat(referrerPage.selectFirst("#loyalty-referrals .loyalty-referral-row").text())
                .contains("Fran F.").contains("Pending");
        assertThat(friendPage.selectFirst("#loyalty-profile-birth-date").text()).isEqualTo("Jul 14, 1979");
        assertThat(friendPage.selectFirst("#loyalty-profile-newsletter").text()).startsWith("subscribed since");
        assertThat(friendPage.selectFirst("#loyalty-profile-loyal").text()).isEqualTo("no");
        assertThat(friendPage.selectFirst("#loyalty-profile-referred-by").text()).contains("Pending");
        assertThat(friendPage.selectFirst("#loyalty-balance").text()).isEqualTo("100");
    }

    private static Document openAccount(AdminBrowser admin, String email) throws java.io.IOException {
        Element link = admin.get("/loyalty-customers?q=" + email)
                .selectFirst("#loyalty-customers a:containsOwn(" + email + ")");
        assertThat(link).as("search result for " + email).isNotNull();
        return admin.get(link.attr("href").substring(link.attr("href").indexOf("/loyalty-customers")));
    }
}
