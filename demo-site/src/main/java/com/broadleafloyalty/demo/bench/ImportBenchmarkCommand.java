package com.broadleafloyalty.demo.bench;

import com.broadleafloyalty.demo.replay.shop.CustomerLoader;
import com.broadleafloyalty.demo.replay.shop.ReplayShop;
import com.broadleafloyalty.demo.replay.shop.RequestScope;
import com.broadleafloyalty.imports.core.ImportReport;
import com.broadleafloyalty.imports.service.BalanceImportService;
import com.broadleafloyalty.ledger.service.LedgerVerification;
import com.broadleafloyalty.ledger.service.LedgerVerificationService;
import com.broadleafloyalty.support.command.CommandLineTool;
import com.broadleafloyalty.support.command.HelpOption;
import com.broadleafloyalty.support.command.PositiveNumber;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.transaction.PlatformTransactionManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Measures importing balances: registers customers in a throwaway shop (the replay's root context on in-memory H2),
 * makes a seeded file of valid lines ({@link ImportFile}), and times a dry run, the import and a second import of the
 * same file (which must write nothing) through the real import service. A benchmark, not a test.
 */
public final class ImportBenchmarkCommand {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final PrintStream out;

    public ImportBenchmarkCommand(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(CommandLineTool.execute("bench-import", new Launch(), 1, args));
    }

    /** True when every line was imported once, the second import wrote nothing and the ledger verifies clean. */
    public boolean run(int lines, int customerCount, long seed) throws Exception {
        out.printf("bench-import: %,d lines for %,d customers (seed %d), %d processors, load average %.1f%n", lines,
                customerCount, seed, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try (ReplayShop shop = ReplayShop.start()) {
            out.printf("shop started in %,d ms%n", shop.startMillis());
            RequestScope scope = new RequestScope(shop.entityManagerFactory(),
                    shop.bean("blTransactionManager", PlatformTransactionManager.class),
                    shop.bean("blCurrencyService", BroadleafCurrencyService.class).findDefaultBroadleafCurrency());
            long start = System.nanoTime();
            List<String> names = new ArrayList<String>();
            for (int i = 1; i <= customerCount; i++) {
                names.add(String.valueOf(i));
            }
            Map<String, Long> ids = new CustomerLoader(shop.bean("blCustomerService", CustomerService.class), scope)
                    .register(names);
            out.printf("customers registered in %,d ms%n", millisSince(start));
            ImportFile file = ImportFile.generate(lines, ids, seed);
            out.printf("file: %,d bytes, %,d points%n", file.getBytes().length, file.getPoints());

            BalanceImportService imports = shop.bean("blLoyaltyBalanceImportService", BalanceImportService.class);
            ImportReport dryRun = timed("dry run", scope, imports, file, true);
            ImportReport first = timed("import", scope, imports, file, false);
            ImportReport second = timed("same file again", scope, imports, file, false);
            LedgerVerification verification = shop.bean("blLoyaltyLedgerVerificationService",
                    LedgerVerificationService.class).verify();
            out.printf("ledger: %,d accounts, %,d points, %s%n", verification.getAccountsChecked(),
                    verification.getLedgerTotal(), verification.isClean() ? "clean" : verification.toString());
            return dryRun.getImported() == lines && first.getImported() == lines
                    && first.getPointsImported() == file.getPoints() && second.getImported() == 0
                    && second.getAlreadyImported() == lines && verification.isClean()
                    && verification.getLedgerTotal() == file.getPoints();
        }
    }

    private ImportReport timed(String what, RequestScope scope, BalanceImportService imports, ImportFile file,
            boolean dryRun) throws Exception {
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        // In a request's scope (an EntityManager bound to the thread), as the API and the admin page call it.
        ImportReport report = scope.call(() -> imports.importFile(file.getBytes(), dryRun, "bench-import"));
        long millis = Math.max(1, millisSince(start));
        // The import runs on this thread (embedded H2 included): its CPU time is what the work costs, whatever else
        // the machine is running meanwhile.
        long cpuMillis = Math.max(1, (CPU.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
        out.printf("%-16s %,8d ms  %,9.0f lines/s  (thread CPU %,d ms = %,.0f lines per CPU second)"
                + "  imported %,d, already imported %,d, refused %,d%n", what + ":", millis,
                report.getLines() * 1000.0 / millis, cpuMillis, report.getLines() * 1000.0 / cpuMillis,
                report.getImported(), report.getAlreadyImported(), report.getRefused().size());
        return report;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Command(name = "bench-import", sortOptions = false,
            description = "Times importing a seeded balance file into a throwaway demo shop (in-memory H2).",
            exitCodeListHeading = "Exit status:%n", exitCodeList = {"0:every line imported once, ledger clean",
                "1:a line not imported, imported twice, or a ledger mismatch", "2:bad options"})
    static final class Launch implements Callable<Integer> {

        @Option(names = "--lines", paramLabel = "N", converter = PositiveNumber.class,
                description = "Lines in the file (default ${DEFAULT-VALUE}).")
        int lines = 100000;

        @Option(names = "--customers", paramLabel = "N", converter = PositiveNumber.class,
                description = "Customers the lines are spread over (default ${DEFAULT-VALUE}).")
        int customers = 20000;

        @Option(names = "--seed", paramLabel = "N", description = "Seed of the file's generator (default ${DEFAULT-VALUE}).")
        long seed = 16;

        @Mixin
        HelpOption help;

        @Override
        public Integer call() throws Exception {
            return new ImportBenchmarkCommand(System.out).run(lines, customers, seed) ? 0 : 1;
        }
    }
}
