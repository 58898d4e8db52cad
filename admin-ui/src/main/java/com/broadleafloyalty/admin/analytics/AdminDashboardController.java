package com.broadleafloyalty.admin.analytics;

import com.broadleafloyalty.admin.customer.LoyaltyAdminSection;
import com.broadleafloyalty.analytics.core.Period;
import com.broadleafloyalty.analytics.service.DashboardCharts;
import com.broadleafloyalty.analytics.service.DashboardCsv;
import com.broadleafloyalty.analytics.service.DashboardFormat;
import com.broadleafloyalty.analytics.service.DashboardMessages;
import com.broadleafloyalty.analytics.service.DashboardTable;
import com.broadleafloyalty.analytics.service.DashboardTables;
import com.broadleafloyalty.analytics.service.DashboardView;
import com.broadleafloyalty.analytics.service.KpiJson;
import com.broadleafloyalty.analytics.service.LoyaltyDashboard;
import com.broadleafloyalty.analytics.service.LoyaltyDashboardService;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Loyalty > Dashboard ({@code /loyalty-dashboard}), read-only: the KPIs of a period against the period before it,
 * with charts, the cohort heat map and every table exportable as CSV
 * ({@code /loyalty-dashboard/export/<table>.csv}, same period parameters). The figures are the analytics
 * service's; this controller reads the period and fills the page.
 */
@Controller("blLoyaltyAdminDashboardController")
@RequestMapping("/" + AdminDashboardController.SECTION_KEY)
public class AdminDashboardController {

    /** The section's URL without its slash, as loaded into BLC_ADMIN_SECTION.URL. */
    public static final String SECTION_KEY = "loyalty-dashboard";

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    @Resource(name = "blLoyaltyAdminSection")
    protected LoyaltyAdminSection section;

    @Resource(name = "blLoyaltyDashboardService")
    protected LoyaltyDashboardService dashboardService;

    @RequestMapping(method = RequestMethod.GET)
    public String dashboard(@RequestParam(value = "range", defaultValue = DashboardPeriod.DEFAULT_RANGE) String range,
            @RequestParam(value = "from", defaultValue = "") String from,
            @RequestParam(value = "to", defaultValue = "") String to, Model model) {
        section.open(SECTION_KEY, model);
        DashboardPeriod chosen = DashboardPeriod.of(range, from, to, today());
        if (chosen.getRefusal() != null) {
            model.addAttribute("refusal", section.message(chosen.getRefusal(), from, to,
                    String.valueOf(DashboardPeriod.MAX_DAYS)));
        }
        Period period = chosen.period();
        LoyaltyDashboard dashboard = dashboardService.dashboard(period);
        DashboardMessages messages = messages();
        Map<String, DashboardTable> tables = DashboardTables.of(dashboard);
        model.addAttribute("admin", Boolean.TRUE);
        model.addAttribute("range", chosen.getRange());
        model.addAttribute("presets", DashboardPeriod.PRESETS);
        model.addAttribute("from", chosen.getFirst().toString());
        model.addAttribute("to", chosen.getLast().toString());
        model.addAttribute("periodText", section.message("loyalty.analytics.period", chosen.getFirst().toString(),
                chosen.getLast().toString(), period.previous().firstDay().toString(),
                period.previous().lastDay().toString()));
        model.addAttribute("exportQuery", "?range=" + chosen.getRange() + "&from=" + chosen.getFirst() + "&to="
                + chosen.getLast());
        model.addAttribute("tables", DashboardView.of(tables.values(),
                new DashboardFormat(LocaleContextHolder.getLocale(), messages), messages));
        model.addAttribute("chartsJson", KpiJson.forScript(DashboardCharts.of(dashboard, messages)));
        model.addAttribute("viewType", "loyalty/analyticsDashboard");
        return "modules/defaultContainer";
    }

    /** One table as CSV; an unknown table is a 404, never an error page. */
    @RequestMapping(value = "/export/{table}.csv", method = RequestMethod.GET)
    public ResponseEntity<byte[]> export(@PathVariable("table") String table,
            @RequestParam(value = "range", defaultValue = DashboardPeriod.DEFAULT_RANGE) String range,
            @RequestParam(value = "from", defaultValue = "") String from,
            @RequestParam(value = "to", defaultValue = "") String to) {
        section.open(SECTION_KEY, new ExtendedModelMap());
        HttpHeaders headers = new HttpHeaders();
        DashboardPeriod chosen = DashboardPeriod.of(range, from, to, today());
        if (chosen.getRefusal() != null) {
            headers.setContentType(new MediaType("text", "plain", StandardCharsets.UTF_8));
            return new ResponseEntity<byte[]>(section.message(chosen.getRefusal(), from, to,
                    String.valueOf(DashboardPeriod.MAX_DAYS)).getBytes(StandardCharsets.UTF_8), headers,
                    HttpStatus.BAD_REQUEST);
        }
        DashboardTable found = DashboardTables.of(dashboardService.dashboard(chosen.period())).get(table);
        if (found == null) {
            return new ResponseEntity<byte[]>(headers, HttpStatus.NOT_FOUND);
        }
        headers.setContentType(CSV);
        headers.set("Content-Disposition", "attachment; filename=\"loyalty-" + found.getId() + "-"
                + chosen.getFirst() + "-" + chosen.getLast() + ".csv\"");
        // A byte order mark, so spreadsheet programs read the labels' accents as UTF-8.
        String csv = "\uFEFF" + DashboardCsv.write(found, messages());
        return new ResponseEntity<byte[]>(csv.getBytes(StandardCharsets.UTF_8), headers, HttpStatus.OK);
    }

    private DashboardMessages messages() {
        return new DashboardMessages() {
            @Override
            public String text(String key, Object... arguments) {
                return section.message(key, arguments);
            }
        };
    }

    private static LocalDate today() {
        return SystemTime.asDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
