package com.broadleafloyalty.demo.replay;

import com.broadleafloyalty.demo.replay.history.ExpectedPoints;
import com.broadleafloyalty.demo.replay.history.ReplayPlan;
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
import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.springframework.transaction.PlatformTransactionManager;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code replay --input FILE}: replays a real order history through Broadleaf's checkout with the loyalty module,
 * checks the ledger against a calculation from the file alone, and compares checkout cost with and without the
 * module in the same run. Exits with 1 when the ledger does not match or a checkout or return failed.
 */
public final class ReplayCommand {

    static final String VERIFICATION_BEAN = "blLoyaltyLedgerVerificationService";

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
        try (ReplayShop shop = ReplayShop.start()) {
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
        report.summary(outcome, ledger, expected);
        return new ReplayResult(outcome, ledger);
    }

    /** The command line: the options, then the run; 0 when clean, 1 on a ledger mismatch or failed checkout. */
    static final class Launch extends ReplayOptions implements Callable<Integer> {

        @Override
        public Integer call() throws Exception {
            return new ReplayCommand(System.out).run(this).isClean() ? 0 : 1;
        }
    }
}
