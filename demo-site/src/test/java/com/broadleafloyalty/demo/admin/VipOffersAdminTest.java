package com.broadleafloyalty.demo.admin;

import com.broadleafloyalty.segment.service.SegmentLookup;
import com.broadleafloyalty.vip.service.VipAudience;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.jsoup.Connection;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.context.ContextLoader;
import org.springframework.web.context.WebApplicationContext;

import java.math.BigDecimal;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Loyalty > VIP offers in the real demo admin, over HTTP as admin/admin: rules are saved, bad ones refused. */
class VipOffersAdminTest {

    private static AdminTestServer server;
    private static Long offerId;
    private AdminBrowser admin;

    @BeforeAll
    static void startAdminWithAnOffer() throws Exception {
        server = AdminTestServer.start();
        WebApplicationContext context = ContextLoader.getCurrentWebApplicationContext();
        Offer offer = context.getBean("blOfferDao", OfferDao.class).create();
        offer.setName("Gold members 15% off");
        offer.setType(OfferType.ORDER);
        offer.setDiscountType(OfferDiscountType.PERCENT_OFF);
        offer.setValue(new BigDecimal("15"));
        offer.setStartDate(new Date(SystemTime.asMillis() - 86_400_000L));
        offer.setAutomaticallyAdded(false);
        offerId = context.getBean("blOfferService", OfferService.class).save(offer).getId();
    }

    @AfterAll
    static void stopAdmin() throws Exception {
        server.close();
    }

    @BeforeEach
    void signIn() throws Exception {
        admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
    }

    @Test
    void shouldListVipOffersAndPersonalCodesInTheLoyaltyMenu() throws Exception {
        org.jsoup.nodes.Document list = admin.get("/loyalty-vip-offers");

        Element link = list.selectFirst("a[href$=/admin/loyalty-vip-offers]");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("VIP offers");
        assertThat(list.select("#listGrid-main th .listgrid-title").stream().map(Element::ownText))
                .containsExactly("Offer", "Minimum tier", "Segment");
        assertThat(admin.get("/loyalty-personal-codes").select("#listGrid-main th .listgrid-title").stream()
                .map(Element::ownText)).containsExactly("Offer id", "Customer id", "Code", "Issued to segment", "Issued on");
    }

    @Test
    void shouldRefuseARuleWithNeitherTierNorSegmentThenSaveOneAndRefuseASecondForTheSameOffer() throws Exception {
        int before = count();

        Connection.Response refused = admin.submit(addForm(), rule("", ""));
        assertThat(refused.parse().select(".errors .fieldError").text())
                .contains("A VIP offer needs a minimum tier or a segment (or both).");
        assertThat(count()).isEqualTo(before);

        Connection.Response saved = admin.submit(addForm(), rule("", "Champions"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.url().getPath()).matches("/admin/loyalty-vip-offers/-?\\d+");
        assertThat(count()).isEqualTo(before + 1);

        Connection.Response twice = admin.submit(addForm(), rule("", "Loyal"));
        assertThat(twice.parse().select(".errors .fieldError").text())
                .contains("This offer is already a VIP offer: edit its rule instead.");
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void shouldIssueOnePersonalCodePerCustomerOfASegmentAndNothingTwice() throws Exception {
        VipAudience audience = ContextLoader.getCurrentWebApplicationContext()
                .getBean("blLoyaltyVipAudience", VipAudience.class);
        SegmentLookup previous = audience.getSegmentLookup();
        final List<Long> champions = Arrays.asList(-101L, -102L);
        audience.setSegmentLookup(new SegmentLookup() {
            @Override
            public String segmentOf(Long customerId) {
                return champions.contains(customerId) ? "Champions" : null;
            }

            @Override
            public List<Long> customersIn(String segmentName) {
                return "Champions".equals(segmentName) ? champions : Collections.<Long>emptyList();
            }
        });
        try {
            FormElement form = admin.get("/loyalty-personal-codes/issue").select("form#loyalty-issue-codes").forms().get(0);
            Map<String, String> fields = new LinkedHashMap<String, String>();
            fields.put("offerId", String.valueOf(offerId));
            fields.put("segment", "Champions");

            assertThat(admin.submit(form, fields).parse().select(".loyalty-notice").text())
                    .isEqualTo("Segment Champions: 2 personal codes issued, 0 customers already had one.");
            assertThat(admin.submit(form, fields).parse().select(".loyalty-notice").text())
                    .isEqualTo("Segment Champions: 0 personal codes issued, 2 customers already had one.");
            fields.put("segment", " ");
            assertThat(admin.submit(form, fields).parse().select(".loyalty-refusal").text())
                    .isEqualTo("Name the segment to issue personal codes to.");
            assertThat(admin.get("/loyalty-personal-codes").select("#listGrid-main tr[data-rowid]")).hasSize(2);
        } finally {
            audience.setSegmentLookup(previous);
        }
    }

    private FormElement addForm() throws Exception {
        return admin.get("/loyalty-vip-offers/add").select("form.modal-add-entity-form").forms().get(0);
    }

    private static Map<String, String> rule(String minTier, String segment) {
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put(RewardCatalogAdminTest.field("offer"), String.valueOf(offerId));
        fields.put(RewardCatalogAdminTest.field("minTierName"), minTier);
        fields.put(RewardCatalogAdminTest.field("segmentName"), segment);
        return fields;
    }

    private static int count() throws SQLException {
        try (java.sql.Connection connection = DriverManager.getConnection(server.jdbcUrl(), "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM LOY_VIP_OFFER")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
