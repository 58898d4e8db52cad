package com.broadleafloyalty.api.web;

import com.broadleafloyalty.api.core.ApiRefusal;
import com.broadleafloyalty.api.core.ApiScope;
import com.broadleafloyalty.api.core.ApiSecrets;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.PointsAdjustmentService;
import com.broadleafloyalty.ledger.service.PostingResult;
import com.broadleafloyalty.privacy.service.ErasureReport;
import com.broadleafloyalty.privacy.service.PrivacyService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/** The admin API over customers' accounts: read with accounts:read, adjust with accounts:write. */
@Controller
public class CustomersApiController {

    /** Ledger source type of adjustments made with an Idempotency-Key; the source id is derived from key + header. */
    static final String SOURCE_API = "API";

    @Resource(name = "blLoyaltyApiAccess")
    protected ApiAccess access;

    @Resource(name = "blLoyaltyApiDocuments")
    protected AccountDocuments documents;

    @Resource(name = "blCustomerService")
    protected CustomerService customers;

    @Resource(name = "blLoyaltyPointsAdjustmentService")
    protected PointsAdjustmentService adjustments;

    @Resource(name = "blLoyaltyPointsService")
    protected LoyaltyPointsService points;

    @Resource(name = "blLoyaltyPrivacyService")
    protected PrivacyService privacy;

    @RequestMapping(value = "/customers/{customerId}/account", method = RequestMethod.GET)
    @ResponseBody
    public Map<String, Object> account(HttpServletRequest request, @PathVariable("customerId") String customerId) {
        access.requireScope(request, ApiScope.ACCOUNTS_READ);
        return documents.account(customer(customerId));
    }

    @RequestMapping(value = "/customers/{customerId}/ledger", method = RequestMethod.GET)
    @ResponseBody
    public Map<String, Object> ledger(HttpServletRequest request, @PathVariable("customerId") String customerId,
            @RequestParam(value = "page", required = false) String page,
            @RequestParam(value = "size", required = false) String size) {
        access.requireScope(request, ApiScope.ACCOUNTS_READ);
        return documents.ledgerPage(customer(customerId).getId(), page, size);
    }

    /**
     * {@code {"points": 50, "reason": "..."}} (negative to take points). With an {@code Idempotency-Key} header a
     * retry returns the first result (200 instead of 201) and the same key for another customer is a 409.
     */
    @RequestMapping(value = "/customers/{customerId}/adjustments", method = RequestMethod.POST)
    public ResponseEntity<Map<String, Object>> adjust(HttpServletRequest request,
            @PathVariable("customerId") String customerId, @RequestBody Map<String, Object> body,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey) {
        ApiCaller caller = access.requireScope(request, ApiScope.ACCOUNTS_WRITE);
        Customer customer = customer(customerId);
        Long sourceId = null;
        if (idempotencyKey != null) {
            String key = idempotencyKey.trim();
            if (key.isEmpty() || key.length() > 200) {
                throw ApiRefusal.badRequest("loyalty.api.idempotencyKeyLength");
            }
            // Per API key: two integrations that happen to pick the same key do not collide.
            sourceId = ApiSecrets.sourceId(caller.getKey().getId() + ":" + key);
        }
        Object pointsInput = body.get("points");
        PostingResult result = adjustments.adjust(customer.getId(),
                pointsInput == null ? null : String.valueOf(pointsInput), ShopperApiController.text(body.get("reason")),
                "api:" + caller.getKey().getName(), sourceId == null ? PointsLedgerEntry.SOURCE_ADMIN : SOURCE_API,
                sourceId);
        Map<String, Object> document = AccountDocuments.entry(result.getEntry());
        document.put("customerId", customer.getId());
        document.put("balance", points.getBalance(customer.getId()));
        document.put("replayed", result.isAlreadyRecorded());
        return new ResponseEntity<Map<String, Object>>(document,
                result.isAlreadyRecorded() ? HttpStatus.OK : HttpStatus.CREATED);
    }

    /** Everything the module holds about the customer (a data-access request), recorded with the key's name. */
    @RequestMapping(value = "/customers/{customerId}/export", method = RequestMethod.GET)
    @ResponseBody
    public Map<String, Object> export(HttpServletRequest request, @PathVariable("customerId") String customerId) {
        ApiCaller caller = access.requireScope(request, ApiScope.ACCOUNTS_READ);
        return privacy.export(customer(customerId).getId(), "api:" + caller.getKey().getName());
    }

    /** Erases the customer's personal data (once; a repeated request answers 200 with the first erasure's date). */
    @RequestMapping(value = "/customers/{customerId}/erasure", method = RequestMethod.POST)
    public ResponseEntity<Map<String, Object>> erase(HttpServletRequest request,
            @PathVariable("customerId") String customerId) {
        ApiCaller caller = access.requireScope(request, ApiScope.ACCOUNTS_WRITE);
        ErasureReport report = privacy.erase(customer(customerId).getId(), "api:" + caller.getKey().getName());
        Map<String, Object> document = new LinkedHashMap<String, Object>();
        document.put("customerId", report.getCustomerId());
        document.put("erasedAt", report.getErasedAt().toInstant().toString());
        document.put("erasedBy", report.getErasedBy());
        document.put("alreadyErased", report.isAlreadyErased());
        document.put("records", report.getRecords());
        return new ResponseEntity<Map<String, Object>>(document,
                report.isAlreadyErased() ? HttpStatus.OK : HttpStatus.CREATED);
    }

    private Customer customer(String customerId) {
        Long id;
        try {
            id = Long.valueOf(customerId.trim());
        } catch (NumberFormatException e) {
            throw ApiRefusal.badRequest("loyalty.api.notACustomerId", customerId);
        }
        Customer customer = customers.readCustomerById(id);
        if (customer == null || !customer.isRegistered()) {
            throw ApiRefusal.notFound("loyalty.api.noSuchCustomer", String.valueOf(id));
        }
        return customer;
    }
}
