package com.broadleafloyalty.imports;

import com.broadleafloyalty.imports.core.ImportFileRefusedException;
import com.broadleafloyalty.imports.core.ImportReport;
import com.broadleafloyalty.imports.core.ImportSource;
import com.broadleafloyalty.imports.core.RefusedLine;
import com.broadleafloyalty.imports.service.BalanceImportService;
import com.broadleafloyalty.imports.service.BalanceImportServiceImpl;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.dao.LoyaltyAccountDao;
import com.broadleafloyalty.ledger.domain.EarnedBatch;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LedgerMismatch;
import com.broadleafloyalty.ledger.service.LedgerVerificationService;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Importing balances on the real Broadleaf context (H2): the accepted lines become ADJUST credits with their own
 * batches and expiries, the refused ones are reported with their reasons, a dry run writes nothing, and importing the
 * same file again changes nothing. Every assertion is about the customers this test creates.
 */
class BalanceImportIntegrationTest {

    private final ShopFixture shop = new ShopFixture();
    private final BalanceImportService imports = LoyaltyTestContext.bean("blLoyaltyBalanceImportService",
            BalanceImportService.class);
    private final PointsLedger ledger = LoyaltyTestContext.bean("blLoyaltyPointsLedger", PointsLedger.class);
    private final LoyaltyAccountDao accounts = LoyaltyTestContext.bean("blLoyaltyAccountDao", LoyaltyAccountDao.class);
    private final CustomerService customerService = LoyaltyTestContext.bean("blCustomerService",
            CustomerService.class);

    @Test
    void shouldImportGoodLinesReportRefusedOnesAndChangeNothingTheSecondTime() {
        Customer ann = shop.registeredCustomer();
        Customer bob = shop.registeredCustomer();
        LocalDate expiry = LocalDate.now().plusDays(30);
        String file = "customer,points,expires_at,reason\n"
                + ann.getEmailAddress().toUpperCase() + ",100," + expiry + ",Migrated balance\n"  // 2
                + bob.getId() + ",50,,Migrated balance\n"                                           // 3
                + ann.getEmailAddress() + ",20,,Welcome gift\n"                                     // 4
                + "nobody-" + System.nanoTime() + "@example.com,10,,Migrated\n"                     // 5
                + bob.getId() + ",ten,,Migrated\n"                                                  // 6
                + bob.getId() + ",50,,Migrated balance\n"                                           // 7 = line 3
                + bob.getId() + ",5,2020-01-01,Migrated\n"                                          // 8
                + bob.getId() + ",5\n"                                                              // 9
                + bob.getId() + ",2000000,,Migrated\n"                                              // 10
                + "-5,5,,Migrated\n";                                                               // 11
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);

        ImportReport dryRun = imports.importFile(bytes, true, "admin");
        assertThat(dryRun.isDryRun()).isTrue();
        assertThat(dryRun.getLines()).isEqualTo(10);
        assertThat(dryRun.getImported()).isEqualTo(3);
        assertThat(dryRun.getPointsImported()).isEqualTo(170);
        assertThat(dryRun.getAlreadyImported()).isZero();
        assertThat(ledger.balance(ann.getId())).isZero();
        assertThat(ledger.balance(bob.getId())).isZero();
        assertThat(ledger.recordedSourceIds(ImportSource.typeOf(bytes), PointsEntryType.ADJUST)).isEmpty();

        ImportReport first = imports.importFile(bytes, false, "admin");
        assertThat(first.isDryRun()).isFalse();
        assertThat(first.getImported()).isEqualTo(3);
        assertThat(first.getAlreadyImported()).isZero();
        assertThat(refusals(first)).containsExactly("5 unknown_customer", "6 bad_number", "7 duplicate_line",
                "8 expiry_in_past", "9 missing_column", "10 above_limit", "11 unknown_customer");
        assertThat(refusals(first)).isEqualTo(refusals(dryRun));
        assertThat(ledger.balance(ann.getId())).isEqualTo(120);
        assertThat(ledger.balance(bob.getId())).isEqualTo(50);

        PointsLedgerEntry migrated = ledger.entryFor(ImportSource.typeOf(bytes), 2L, PointsEntryType.ADJUST);
        assertThat(migrated.getCustomerId()).isEqualTo(ann.getId());
        assertThat(migrated.getPoints()).isEqualTo(100);
        assertThat(migrated.getReason()).isEqualTo("Migrated balance");
        assertThat(migrated.getActor()).isEqualTo("admin");
        List<EarnedBatch> annBatches = batches(ann);
        assertThat(annBatches).hasSize(2);
        assertThat(annBatches).extracting(EarnedBatch::getPoints).containsExactlyInAnyOrder(100L, 20L);
        EarnedBatch expiring = annBatches.stream().filter(b -> b.getPoints() == 100).findFirst().get();
        assertThat(expiring.getLedgerEntryId()).isEqualTo(migrated.getId());
        // Spendable through the expiry day, gone when the next day starts.
        assertThat(expiring.getExpiresAt().toInstant())
                .isEqualTo(expiry.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
        assertThat(annBatches.stream().filter(b -> b.getPoints() == 20).findFirst().get().getExpiresAt()).isNull();
        assertThat(batches(bob)).singleElement().satisfies(b -> assertThat(b.getExpiresAt()).isNull());

        ImportReport second = imports.importFile(bytes, false, "admin");
        assertThat(second.getImported()).isZero();
        assertThat(second.getPointsImported()).isZero();
        assertThat(second.getAlreadyImported()).isEqualTo(3);
        assertThat(refusals(second)).isEqualTo(refusals(first));
        assertThat(ledger.balance(ann.getId())).isEqualTo(120);
        assertThat(ledger.balance(bob.getId())).isEqualTo(50);
        assertThat(batches(ann)).hasSize(2);

        assertThat(imports.importFile(bytes, true, "admin").getAlreadyImported()).isEqualTo(3);
        assertLedgerCleanFor(ann, bob);
    }

    @Test
    void shouldPostAcrossChunksAndRefuseAnEmailSharedBySeveralCustomers() {
        BalanceImportServiceImpl service = LoyaltyTestContext.target("blLoyaltyBalanceImportService",
                BalanceImportServiceImpl.class);
        List<Customer> customers = new ArrayList<Customer>();
        StringBuilder file = new StringBuilder("reason,customer,points\n");
        for (int i = 1; i <= 7; i++) {
            Customer customer = shop.registeredCustomer();
            customers.add(customer);
            file.append("Chunked,").append(customer.getId()).append(',').append(i).append('\n');
        }
        String shared = "shared-" + System.nanoTime() + "@example.com";
        for (int i = 0; i < 2; i++) {
            Customer twin = shop.registeredCustomer();
            twin.setEmailAddress(shared);
            customerService.saveCustomer(twin);
        }
        file.append("Chunked,").append(shared).append(",5\n");

        service.setChunkSize(3);
        ImportReport report;
        try {
            report = imports.importFile(file.toString().getBytes(StandardCharsets.UTF_8), false, "api:test");
        } finally {
            service.setChunkSize(500);
        }

        assertThat(report.getImported()).isEqualTo(7);
        assertThat(report.getPointsImported()).isEqualTo(28);
        assertThat(refusals(report)).containsExactly("9 ambiguous_customer");
        for (int i = 0; i < customers.size(); i++) {
            assertThat(ledger.balance(customers.get(i).getId())).isEqualTo(i + 1);
        }
        assertLedgerCleanFor(customers.toArray(new Customer[0]));
    }

    @Test
    void shouldRefuseAnUnusableFileWhole() {
        Customer customer = shop.registeredCustomer();
        byte[] file = ("customer,points,balance\n" + customer.getId() + ",5,5\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.importFile(file, false, "admin"))
                .isInstanceOf(ImportFileRefusedException.class);
        assertThat(ledger.balance(customer.getId())).isZero();
    }

    private List<EarnedBatch> batches(Customer customer) {
        return OpenEntityManager.call(() -> accounts.readOpenBatches(customer.getId())).stream()
                .sorted(Comparator.comparing(EarnedBatch::getId)).collect(Collectors.toList());
    }

    private static List<String> refusals(ImportReport report) {
        List<String> codes = new ArrayList<String>();
        for (RefusedLine line : report.getRefused()) {
            codes.add(line.getLineNumber() + " " + line.getProblem().getCode());
        }
        return codes;
    }

    private static void assertLedgerCleanFor(Customer... customers) {
        List<Long> ids = Arrays.stream(customers).map(Customer::getId).collect(Collectors.toList());
        List<LedgerMismatch> mismatches = LoyaltyTestContext.bean("blLoyaltyLedgerVerificationService",
                LedgerVerificationService.class).verify().getMismatches();
        assertThat(mismatches).filteredOn(m -> ids.contains(m.getCustomerId())).isEmpty();
    }
}
