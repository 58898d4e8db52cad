package com.broadleafloyalty.admin.imports;

import com.broadleafloyalty.admin.customer.LoyaltyAdminSection;
import com.broadleafloyalty.imports.core.ImportReport;
import com.broadleafloyalty.imports.core.RefusedLine;
import com.broadleafloyalty.imports.service.BalanceImportService;
import com.broadleafloyalty.support.core.LoyaltyRefusal;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Loyalty > Import balances ({@code /loyalty-balance-import}): uploads a CSV of customer,points,expires_at,reason,
 * with "dry run" to see what would happen first, and shows the report with every refused line and its reason.
 */
@Controller("blLoyaltyAdminBalanceImportController")
@RequestMapping("/" + AdminBalanceImportController.SECTION_KEY)
public class AdminBalanceImportController {

    /** The section's URL without its slash, as loaded into BLC_ADMIN_SECTION.URL. */
    public static final String SECTION_KEY = "loyalty-balance-import";

    @Resource(name = "blLoyaltyAdminSection")
    protected LoyaltyAdminSection section;

    @Resource(name = "blLoyaltyBalanceImportService")
    protected BalanceImportService imports;

    @Resource(name = "blExploitProtectionService")
    protected ExploitProtectionService exploitProtection;

    @RequestMapping(method = RequestMethod.GET)
    public String form(Model model) {
        section.open(SECTION_KEY, model);
        return page(model);
    }

    @RequestMapping(value = "/upload", method = RequestMethod.POST)
    public String upload(@RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(value = "dryRun", required = false) String dryRun, Model model) throws IOException {
        String adminLogin = section.open(SECTION_KEY, model);
        boolean dry = dryRun != null;
        model.addAttribute("dryRun", dry);
        if (file == null || file.isEmpty()) {
            model.addAttribute("refusal", section.message("loyalty.import.file.empty"));
            return page(model);
        }
        if (file.getSize() > imports.getMaxFileBytes()) {
            model.addAttribute("refusal", section.message("loyalty.import.file.tooLarge",
                    Math.max(1, imports.getMaxFileBytes() / (1024 * 1024))));
            return page(model);
        }
        try {
            ImportReport report = imports.importFile(file.getBytes(), dry, adminLogin);
            model.addAttribute("report", report);
            model.addAttribute("refusedLines", rows(report));
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (LoyaltyRefusal e) {
            model.addAttribute("refusal", section.message(e.getText()));
        }
        return page(model);
    }

    private List<Map<String, Object>> rows(ImportReport report) {
        List<Map<String, Object>> rows = new ArrayList<Map<String, Object>>();
        for (RefusedLine line : report.getRefused()) {
            Map<String, Object> row = new LinkedHashMap<String, Object>();
            row.put("line", line.getLineNumber());
            row.put("code", line.getProblem().getCode());
            row.put("message", section.message(line.getText()));
            rows.add(row);
        }
        return rows;
    }

    private String page(Model model) {
        try {
            // A multipart body is not read before Broadleaf's CSRF filter checks the token, so the form sends the
            // token in its action's query string, where the filter finds it.
            model.addAttribute("csrfToken", exploitProtection.getCSRFToken());
        } catch (ServiceException e) {
            throw new IllegalStateException("No CSRF token for this admin session", e);
        }
        model.addAttribute("maxMegabytes", Math.max(1, imports.getMaxFileBytes() / (1024 * 1024)));
        model.addAttribute("viewType", "loyalty/balanceImport");
        return "modules/defaultContainer";
    }
}
