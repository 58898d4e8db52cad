package com.broadleafloyalty.admin.audit;

import com.broadleafloyalty.admin.customer.LoyaltyAdminSection;
import com.broadleafloyalty.audit.core.AuditCsv;
import com.broadleafloyalty.audit.core.AuditKind;
import com.broadleafloyalty.audit.core.AuditQuery;
import com.broadleafloyalty.audit.core.AuditQueryRefusedException;
import com.broadleafloyalty.audit.domain.AuditEntry;
import com.broadleafloyalty.audit.service.AuditLog;
import com.broadleafloyalty.audit.service.AuditPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * Loyalty > Audit log ({@code /loyalty-audit}), read-only: every admin change, newest first, filtered by admin user,
 * kind and days (UTC), {@link AuditQuery#PAGE_SIZE} a page; and the same selection as CSV. A filter that cannot be
 * read is a sentence on the page (or a 400 for the export), never an error page.
 */
@Controller("blLoyaltyAdminAuditLogController")
@RequestMapping("/" + AdminAuditLogController.SECTION_KEY)
public class AdminAuditLogController {

    /** The section's URL without its slash, as loaded into BLC_ADMIN_SECTION.URL. */
    public static final String SECTION_KEY = "loyalty-audit";

    /** Rows read per query while exporting, so a long log never sits in memory at once. */
    static final int EXPORT_CHUNK = 500;

    @Resource(name = "blLoyaltyAdminSection")
    protected LoyaltyAdminSection section;

    @Resource(name = "blLoyaltyAuditTrail")
    protected AuditLog auditLog;

    @RequestMapping(method = RequestMethod.GET)
    public String list(@RequestParam(value = "admin", defaultValue = "") String admin,
            @RequestParam(value = "kind", defaultValue = "") String kind,
            @RequestParam(value = "from", defaultValue = "") String from,
            @RequestParam(value = "to", defaultValue = "") String to,
            @RequestParam(value = "page", defaultValue = "") String page, Model model) {
        section.open(SECTION_KEY, model);
        AuditQuery query;
        try {
            query = AuditQuery.parse(admin, kind, from, to, page);
        } catch (AuditQueryRefusedException e) {
            model.addAttribute("refusal", section.message(e.getText()));
            query = AuditQuery.everything();
        }
        AuditPage found = auditLog.page(query);
        model.addAttribute("filterAdmin", admin);
        model.addAttribute("filterKind", kind);
        model.addAttribute("filterFrom", from);
        model.addAttribute("filterTo", to);
        model.addAttribute("kinds", Arrays.asList(AuditKind.values()));
        model.addAttribute("auditPage", found);
        model.addAttribute("rows", rows(found.getEntries()));
        model.addAttribute("viewType", "loyalty/auditLog");
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/export.csv", method = RequestMethod.GET)
    public void export(@RequestParam(value = "admin", defaultValue = "") String admin,
            @RequestParam(value = "kind", defaultValue = "") String kind,
            @RequestParam(value = "from", defaultValue = "") String from,
            @RequestParam(value = "to", defaultValue = "") String to, HttpServletResponse response)
            throws IOException {
        section.open(SECTION_KEY, new ExtendedModelMap());
        AuditQuery query;
        try {
            query = AuditQuery.parse(admin, kind, from, to, "");
        } catch (AuditQueryRefusedException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(section.message(e.getText()));
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"loyalty-audit-log.csv\"");
        Writer csv = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        // A byte order mark, so spreadsheet programs read accents as UTF-8 (as the dashboard's exports do).
        csv.write('\uFEFF');
        List<String> headers = new ArrayList<String>();
        for (String key : AuditRow.CSV_HEADER_KEYS) {
            headers.add(section.message(key));
        }
        csv.write(AuditCsv.line(headers));
        // Rows are read newest first by offset; one written meanwhile shifts a chunk by one, so a row may repeat at a
        // chunk's edge in a log being written during the export, never go missing.
        for (int offset = 0; ; offset += EXPORT_CHUNK) {
            List<AuditEntry> chunk = auditLog.rows(query, offset, EXPORT_CHUNK);
            for (AuditRow row : rows(chunk)) {
                csv.write(AuditCsv.line(row.csvFields()));
            }
            if (chunk.size() < EXPORT_CHUNK) {
                break;
            }
        }
        csv.flush();
    }

    private List<AuditRow> rows(List<AuditEntry> entries) {
        List<AuditRow> rows = new ArrayList<AuditRow>(entries.size());
        for (AuditEntry entry : entries) {
            String key = AuditRow.kindKey(entry.getKind());
            rows.add(new AuditRow(entry, key == null ? entry.getKind() : section.message(key)));
        }
        return rows;
    }
}
