package com.broadleafloyalty.demo.replay;

import com.broadleafloyalty.analytics.core.OrderKpis;
import com.broadleafloyalty.analytics.core.Period;
import com.broadleafloyalty.analytics.core.PointsKpis;
import com.broadleafloyalty.analytics.service.LoyaltyDashboard;
import com.broadleafloyalty.analytics.service.LoyaltyDashboardService;
import com.broadleafloyalty.demo.replay.history.ExpectedPoints;
import com.broadleafloyalty.demo.replay.history.ReplayPlan;
import com.broadleafloyalty.demo.replay.history.ReplayStep;
import com.broadleafloyalty.demo.replay.measure.CheckoutMeter;
import com.broadleafloyalty.demo.replay.shop.CatalogLoader;
import com.broadleafloyalty.demo.replay.shop.CustomerLoader;
import com.broadleafloyalty.demo.replay.shop.OrderPlacer;
import com.broadleafloyalty.demo.replay.shop.ReplayCatalog;
import com.broadleafloyalty.demo.replay.shop.ReplayShop;
import com.broadleafloyalty.demo.replay.shop.RequestScope;
import com.broadleafloyalty.demo.replay.shop.ReturnPlacer;
import com.broadleafloyalty.demo.replay.shop.ShopServices;
import com.broadleafloyalty.history.core.CleaningPolicy;
import com.broadleafloyalty.history.core.OrderHistory;
import com.broadleafloyalty.ledger.core.EarningRate;
import com.broadleafloyalty.ledger.service.LedgerVerificationService;
import com.broadleafloyalty.support.command.CommandLineTool;
import com.broadleafloyalty.support.config.LoyaltySwitch;
import com.broadleafloyalty.tier.core.TierDefinition;
import com.broadleafloyalty.tier.core.TierSetupProblem;
import com.broadleafloyalty.tier.service.LoyaltyTierService;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.springframework.context.MessageSource;
import org.springframework.transaction.PlatformTransactionManager;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code replay --input FILE}: replays a real order history through Broadleaf's checkout with the loyalty module,
 * checks the ledger against a calculation from the file alone, and compares checkout cost with and without the
 * module in the same run; with {@code --report DIR}, writes the what-if report of the replayed period. Exits with 1 when the ledger does not match or a checkout or return failed.
 */
public final class ReplayCommand {

    static final String VERIFICATION_BEAN = "blLoyaltyLedgerVerificationService";
    static final String DASHBOARD_BEAN = "blLoyaltyDashboardService";
    static final String TIER_BEAN = "blLoyaltyTierService";
    static final int DASHBOARD_READS = 5;

    private final PrintStream out;

    public ReplayCommand(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(CommandLineTool.execute("replay", new Launch(), 1, args));
    }

    public ReplayResult run(ReplayOptions options) throws Exception {
        OrderHistory history = OrderHistory.read(options.getInput(),
                CleaningPolicy.PURCHASES_AND_CANCELLATIONS_AS_RETURNS);
        ReplayPlan plan = ReplayPlan.of(history, options.getLimit());
        out.println("replay: " + options.getInput());
        if (options.getConfig() != null) {
            out.println("programme settings: " + options.getConfig());
        }
        try (AutoCloseable settings = options.getConfig() == null ? null : options.getConfig().apply();
                ReplayShop shop = ReplayShop.start()) {
            return replay(plan, shop, options);
        }
    }

    private ReplayResult replay(ReplayPlan plan, ReplayShop shop, ReplayOptions options) throws Exception {
        ReplayReport report = new ReplayReport(out);
        ShopServices services = new ShopServices(shop);
        BroadleafCurrency currency = shop.bean("blCurrencyService", BroadleafCurrencyService.class)
                .findDefaultBroadleafCurrency();
        RequestScope scope = new RequestScope(shop.entityManagerFactory(),
                shop.bean("blTransactionManager", PlatformTransactionManager.class), currency);

        if (options.getConfig() != null && !options.getConfig().tiers().isEmpty()) {
            useTiers(shop, scope, options.getConfig().tiers());
        }
        long loadStart = System.nanoTime();
        Map<String, Long> customerIds = new CustomerLoader(services.customers(), scope).register(plan.customers());
        ReplayCatalog catalog = new CatalogLoader(services.catalog(), scope, currency).load(plan.catalog().values());
        report.history(plan, catalog.size(), customerIds.size());
        report.shop(shop.startMillis(), (System.nanoTime() - loadStart) / 1_000_000);

        EarningRate rate = shop.bean("blLoyaltyEarningRate", EarningRate.class);
        ExpectedPoints expected = new ExpectedPoints(rate.getPoints(), rate.getPerAmount());
        OrderPlacer placer = new OrderPlacer(services, scope, catalog, new CheckoutMeter(shop.sessionFactory()));
        ReplayRun run = new ReplayRun(placer, ReturnPlacer.of(shop, scope),
                shop.bean("blLoyaltySwitch", LoyaltySwitch.class), customerIds, expected, options);
        ReplayOutcome outcome = run.run(plan);

        LedgerCheck ledger = new LedgerCheck(shop.jdbc()).run(expected, run.placedOrders(), customerIds);
        if (shop.hasBean(VERIFICATION_BEAN)) {
            ledger.verifiedBy(shop.bean(VERIFICATION_BEAN, LedgerVerificationService.class));
        }
        report.replay(outcome, expected, ledger);
        report.comparison(outcome, ModuleRows.count(shop.jdbc()));
        if (options.getReport() != null) {
            writeReport(plan, shop, scope, run, options);
        }
        report.summary(outcome, ledger, expected);
        return new ReplayResult(outcome, ledger);
    }

    /** The replayed shop's tier ladder from {@code --config}; refused with the tier set-up's own sentences. */
    private void useTiers(ReplayShop shop, RequestScope scope, List<TierDefinition> tiers) throws Exception {
        List<TierSetupProblem> problems = scope.call(() -> shop.bean(TIER_BEAN, LoyaltyTierService.class)
                .replaceTiers(tiers));
        if (!problems.isEmpty()) {
            MessageSource messages = shop.bean("messageSource", MessageSource.class);
            StringBuilder text = new StringBuilder("--config: the tiers are refused:");
            for (TierSetupProblem problem : problems) {
                text.append(' ').append(messages.getMessage(problem.getText().getKey(),
                        problem.getText().getArguments(), Locale.ENGLISH));
            }
            throw new IllegalArgumentException(text.toString());
        }
        out.println("tiers: " + tiers);
    }

    /**
     * The what-if report over the whole replayed period (the UTC days of the first and last invoice or credit note).
     * The comparison orders, placed without the module only to measure it, are cancelled first, so each invoice
     * counts once, as the order the programme saw.
     */
    private void writeReport(ReplayPlan plan, ReplayShop shop, RequestScope scope, ReplayRun run,
            ReplayOptions options) throws Exception {
        List<ReplayStep> steps = plan.getSteps();
        if (steps.isEmpty()) {
            out.println("report: not written, the history has no order to replay");
            return;
        }
        ComparisonOrders.cancel(shop.jdbc(), run.comparisonOrderIds());
        Period period = Period.ofDays(steps.get(0).getDate().toLocalDate(),
                steps.get(steps.size() - 1).getDate().toLocalDate());
        LoyaltyDashboardService dashboards = shop.bean(DASHBOARD_BEAN, LoyaltyDashboardService.class);
        // Read a few times: the median is the dashboard's time on this many orders (the first read warms up).
        // The reading thread's CPU time too (the in-memory database runs its queries on it): the figure a busy
        // machine does not inflate.
        long[] millis = new long[DASHBOARD_READS];
        long[] cpuMillis = new long[DASHBOARD_READS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        LoyaltyDashboard dashboard = null;
        for (int i = 0; i < DASHBOARD_READS; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            dashboard = scope.call(() -> dashboards.dashboard(period));
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        long first = millis[0];
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        new WhatIfReport(Locale.ENGLISH).write(options.getReport(), dashboard,
                options.getInput().getFileName().toString(), options.getConfig());
        PointsKpis points = dashboard.getPoints().getCurrent();
        OrderKpis orders = dashboard.getOrders().getCurrent();
        out.println(String.format(Locale.ROOT, "report: %s (%s and %s) for %s to %s, dashboard read in %,d ms"
                + " (median of %d reads, the first %,d ms; CPU %,d ms): %,d orders of %,d customers, revenue %s; points issued %,d, redeemed %,d, clawed back %,d,"
                + " liability %,d (%s); repeat customer rate %s, redemption rate %s",
                options.getReport(), WhatIfReport.KPI_FILE, WhatIfReport.PAGE_FILE, period.firstDay(),
                period.lastDay(), millis[DASHBOARD_READS / 2], DASHBOARD_READS, first, cpuMillis[DASHBOARD_READS / 2],
                orders.getOrders(),
                orders.getCustomersOrdering(), orders.getValue(),
                points.getIssued(), points.getRedeemed(), points.getClawedBack(), points.getLiability(),
                points.getLiabilityValue(), orders.getRepeatCustomerRate(), points.getRedemptionRate()));
    }

    /** The command line: the options, then the run; 0 when clean, 1 on a ledger mismatch or failed checkout. */
    static final class Launch extends ReplayOptions implements Callable<Integer> {

        @Override
        public Integer call() throws Exception {
            return new ReplayCommand(System.out).run(this).isClean() ? 0 : 1;
        }
    }
}
