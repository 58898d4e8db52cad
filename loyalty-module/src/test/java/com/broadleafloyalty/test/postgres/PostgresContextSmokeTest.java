package com.broadleafloyalty.test.postgres;

import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.segment.service.CustomerSegmentService;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Broadleaf context with the loyalty module boots on the database {@code -Dloyalty.test.db} selects, and a paid
 * checkout writes a LOY_LEDGER_ENTRY row there that the module reads back. Tagged {@code postgresql}: Surefire's
 * {@code postgresql} execution runs it on a throwaway PostgreSQL server; the default execution runs it on H2.
 */
@Tag("postgresql")
class PostgresContextSmokeTest {

    private static final org.apache.commons.logging.Log LOG =
            org.apache.commons.logging.LogFactory.getLog(PostgresContextSmokeTest.class);

    @Test
    void shouldBootWriteAndReadALedgerEntryOnTheSelectedDatabase(TestReporter report) throws Exception {
        LoyaltyTestContext.get();
        TestDatabase.Kind selected = TestDatabase.selected();
        DataSource dataSource = LoyaltyTestContext.bean("blLoyaltyTestDataSource", DataSource.class);
        String product;
        String version;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            product = meta.getDatabaseProductName();
            version = meta.getDatabaseProductVersion();
        }
        String ranOn = product + " " + version + " (" + TestDatabase.describe() + ")";
        LOG.info("PostgresContextSmokeTest ran on " + ranOn);
        report.publishEntry("database", ranOn);

        assertThat(product).as("database the context really runs on")
                .isEqualTo(selected == TestDatabase.Kind.POSTGRESQL ? "PostgreSQL" : "H2");
        if (TestDatabase.postgresRequested() && PostgresServer.required()) {
            assertThat(selected).as("PostgreSQL was asked for and required, yet the context runs on " + ranOn)
                    .isEqualTo(TestDatabase.Kind.POSTGRESQL);
        }

        LoyaltyPointsService points = LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);
        ShopFixture shop = new ShopFixture();
        Object[] result = OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            Order order = shop.paidCheckout(customer, "250.00", 1);
            // A second award (the tally UPDATE) and an order that earns nothing (counted on its own).
            shop.paidCheckout(customer, "100.00", 1);
            shop.paidCheckout(customer, "4.00", 1);
            return new Object[] {customer.getId(), order.getId()};
        });
        Long customerId = (Long) result[0];
        Long orderId = (Long) result[1];

        assertThat(points.pointsEarnedForOrder(orderId)).isEqualTo(25L);
        assertThat(points.getBalance(customerId)).isEqualTo(35L);
        assertThat(points.getLedger(customerId)).hasSize(2);
        // The order tally the award keeps on the account, read and scored by the segments (native SQL there).
        CustomerSegmentService segments =
                LoyaltyTestContext.bean("blLoyaltyCustomerSegmentService", CustomerSegmentService.class);
        assertThat(segments.viewOf(customerId).getOrderCount()).isEqualTo(3L);
        assertThat(segments.viewOf(customerId).getMonetary()).isEqualByComparingTo("354.00");
        assertThat(segments.recomputeAll().isSkipped()).isFalse();
        assertThat(segments.viewOf(customerId).isScored()).isTrue();
        assertThat(segments.viewOf(customerId).getOrderCount()).isEqualTo(3L);
        // The row itself, read with plain JDBC from the database the context runs on.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT COUNT(*), SUM(POINTS) FROM LOY_LEDGER_ENTRY WHERE CUSTOMER_ID = ?")) {
            select.setLong(1, customerId);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).isEqualTo(2L);
                assertThat(rows.getLong(2)).isEqualTo(35L);
            }
        }
    }
}
