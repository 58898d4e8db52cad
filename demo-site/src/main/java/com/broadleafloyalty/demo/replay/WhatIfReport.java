package com.broadleafloyalty.demo.replay;

import com.broadleafloyalty.analytics.core.Period;
import com.broadleafloyalty.analytics.service.DashboardCharts;
import com.broadleafloyalty.analytics.service.DashboardFormat;
import com.broadleafloyalty.analytics.service.DashboardMessages;
import com.broadleafloyalty.analytics.service.DashboardTables;
import com.broadleafloyalty.analytics.service.DashboardView;
import com.broadleafloyalty.analytics.service.KpiDocument;
import com.broadleafloyalty.analytics.service.KpiJson;
import com.broadleafloyalty.analytics.service.LoyaltyDashboard;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring3.SpringTemplateEngine;
import org.thymeleaf.spring3.messageresolver.SpringMessageResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;

/**
 * The replay's what-if report ({@code --report DIR}), from the dashboard service over the replayed shop:
 * {@code kpi.json} (the KPI document, with the programme settings tried) and {@code index.html}, the admin's
 * dashboard template rendered without its admin parts, with Chart.js and the dashboard's script copied beside it, so
 * the page opens from disk with no server and nothing from the internet.
 */
final class WhatIfReport {

    static final String KPI_FILE = "kpi.json";
    static final String PAGE_FILE = "index.html";
    static final String CHART_SCRIPT = "chart.umd.min.js";
    static final String DASHBOARD_SCRIPT = "loyalty-dashboard.js";
    /** Chart.js from its webjar, as the admin serves it (bl-loyalty-admin-applicationContext.xml). */
    static final String CHART_RESOURCE = "META-INF/resources/webjars/chart.js/4.5.1/dist/" + CHART_SCRIPT;
    static final String DASHBOARD_RESOURCE = "loyalty_admin_style/js/" + DASHBOARD_SCRIPT;
    static final String TEMPLATE = "open_admin_style/templates/views/loyalty/analyticsDashboard";
    static final String MESSAGES = "classpath:/messages/LoyaltyAdminAnalyticsMessages";

    private final Locale locale;
    private final ReloadableResourceBundleMessageSource messageSource = new ReloadableResourceBundleMessageSource();
    private final DashboardMessages messages = new DashboardMessages() {
        @Override
        public String text(String key, Object... arguments) {
            return messageSource.getMessage(key, arguments, key, locale);
        }
    };

    WhatIfReport(Locale locale) {
        this.locale = locale;
        messageSource.setBasename(MESSAGES);
        messageSource.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messageSource.setFallbackToSystemLocale(false);
    }

    /** Writes both files into {@code folder} (made when missing); what the page says of the history and settings. */
    void write(Path folder, LoyaltyDashboard dashboard, String history, ProgrammeSettings settings)
            throws IOException {
        Files.createDirectories(folder);
        Map<String, Object> kpis = KpiDocument.of(dashboard);
        if (settings != null) {
            kpis.put("programme_settings", settings.getSettings());
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve(KPI_FILE), StandardCharsets.UTF_8)) {
            KpiJson.write(kpis, out, true);
        }
        copy(CHART_RESOURCE, folder.resolve(CHART_SCRIPT));
        copy(DASHBOARD_RESOURCE, folder.resolve(DASHBOARD_SCRIPT));
        try (Writer out = Files.newBufferedWriter(folder.resolve(PAGE_FILE), StandardCharsets.UTF_8)) {
            out.write(page(dashboard, kpis, history, settings));
        }
    }

    private String page(LoyaltyDashboard dashboard, Map<String, Object> kpis, String history,
            ProgrammeSettings settings) {
        Period period = dashboard.getPeriod();
        Context context = new Context(locale);
        context.setVariable("admin", Boolean.FALSE);
        context.setVariable("periodText", messages.text("loyalty.analytics.period", period.firstDay().toString(),
                period.lastDay().toString(), period.previous().firstDay().toString(),
                period.previous().lastDay().toString()));
        context.setVariable("tables", DashboardView.of(DashboardTables.of(dashboard).values(),
                new DashboardFormat(locale, messages), messages));
        context.setVariable("chartsJson", KpiJson.forScript(DashboardCharts.of(dashboard, messages)));
        String body = engine().process(TEMPLATE, context);
        String title = messages.text("loyalty.analytics.report.title");
        String intro = messages.text("loyalty.analytics.report.intro", history, kpis.get("orders"),
                kpis.get("customers_ordering"));
        String tried = messages.text("loyalty.analytics.report.settings", settings == null
                ? messages.text("loyalty.analytics.report.settings.shop") : settings.toString());
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
                + "</title>\n<style>body { font-family: sans-serif; margin: 16px 24px; color: #222; }</style>\n"
                + "</head>\n<body>\n<h1>" + escape(title) + "</h1>\n<p class=\"loyalty-report-intro\">"
                + escape(intro) + "</p>\n<p class=\"loyalty-report-settings\">" + escape(tried) + "</p>\n" + body
                + "\n<script src=\"" + CHART_SCRIPT + "\"></script>\n<script src=\"" + DASHBOARD_SCRIPT
                + "\"></script>\n</body>\n</html>\n";
    }

    private SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setSuffix(".html");
        resolver.setTemplateMode("HTML5");
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        SpringMessageResolver texts = new SpringMessageResolver();
        texts.setMessageSource(messageSource);
        engine.setMessageResolver(texts);
        return engine;
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = WhatIfReport.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("No " + resource + " on the class path"));
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
