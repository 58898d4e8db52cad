package com.broadleafloyalty.api.web;

import com.broadleafloyalty.api.core.ApiRefusal;
import com.broadleafloyalty.api.core.ApiScope;
import com.broadleafloyalty.imports.core.ImportReport;
import com.broadleafloyalty.imports.core.RefusedLine;
import com.broadleafloyalty.imports.service.BalanceImportService;
import com.broadleafloyalty.support.i18n.LoyaltyMessages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * {@code POST /imports} (scope accounts:write): a CSV of {@code customer,points,expires_at,reason} as the body
 * ({@code text/csv}), {@code ?dryRun=true} to see what would happen. Answers the import's report; a file larger than
 * loyalty.import.max.bytes is a 413, an unusable file a 400, both as JSON in the caller's language.
 */
@Controller
public class ImportsApiController {

    @Resource(name = "blLoyaltyApiAccess")
    protected ApiAccess access;

    @Resource(name = "blLoyaltyBalanceImportService")
    protected BalanceImportService imports;

    @Resource(name = "blLoyaltyMessages")
    protected LoyaltyMessages messages;

    @RequestMapping(value = "/imports", method = RequestMethod.POST)
    @ResponseBody
    public Map<String, Object> importBalances(HttpServletRequest request,
            @RequestParam(value = "dryRun", required = false) String dryRun) throws IOException {
        ApiCaller caller = access.requireScope(request, ApiScope.ACCOUNTS_WRITE);
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/csv") && !type.startsWith("text/plain")) {
            throw new ApiRefusal(415, "unsupported_media_type", "loyalty.import.file.sendCsv");
        }
        if (dryRun != null && !"true".equals(dryRun) && !"false".equals(dryRun)) {
            throw ApiRefusal.badRequest("loyalty.api.badParameter");
        }
        byte[] file = body(request, imports.getMaxFileBytes());
        String actor = "api:" + caller.getKey().getName();
        ImportReport report = imports.importFile(file, "true".equals(dryRun),
                actor.length() > 100 ? actor.substring(0, 100) : actor);
        return document(report, request.getHeader("Accept-Language") == null ? Locale.ENGLISH : request.getLocale());
    }

    /** The body, refused with a 413 as soon as it is known to be larger than {@code limit}. */
    private static byte[] body(HttpServletRequest request, int limit) throws IOException {
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = request.getInputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (out.size() + read > limit) {
                    throw tooLarge(limit);
                }
                out.write(buffer, 0, read);
            }
        }
        return out.toByteArray();
    }

    private static ApiRefusal tooLarge(int limit) {
        return new ApiRefusal(413, "payload_too_large", "loyalty.import.file.tooLarge",
                Math.max(1, limit / (1024 * 1024)));
    }

    private Map<String, Object> document(ImportReport report, Locale locale) {
        Map<String, Object> document = new LinkedHashMap<String, Object>();
        document.put("dryRun", report.isDryRun());
        document.put("lines", report.getLines());
        document.put("imported", report.getImported());
        document.put("pointsImported", report.getPointsImported());
        document.put("alreadyImported", report.getAlreadyImported());
        document.put("refusedCount", report.getRefused().size());
        List<Map<String, Object>> refused = new ArrayList<Map<String, Object>>();
        for (RefusedLine line : report.getRefused()) {
            Map<String, Object> item = new LinkedHashMap<String, Object>();
            item.put("line", line.getLineNumber());
            item.put("code", line.getProblem().getCode());
            item.put("message", messages.text(line.getText(), locale));
            refused.add(item);
        }
        document.put("refused", refused);
        return document;
    }
}
