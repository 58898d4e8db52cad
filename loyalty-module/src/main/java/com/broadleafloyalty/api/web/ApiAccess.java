package com.broadleafloyalty.api.web;

import com.broadleafloyalty.api.core.ApiRefusal;
import com.broadleafloyalty.api.core.ApiScope;
import com.broadleafloyalty.api.domain.ApiKey;
import com.broadleafloyalty.api.service.ApiKeyService;
import com.broadleafloyalty.api.service.ApiRateLimiter;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * Finds the caller of a request and checks what it may do. {@code Authorization: Bearer lk_...} is an admin key,
 * {@code Bearer ls_...} a shopper token; without the header, the shopper logged in to the storefront session. A
 * session caller's writes need the session's CSRF token (header {@value #CSRF_HEADER}); bearer calls carry no cookie a
 * foreign page could ride on, so they need none.
 */
@Component("blLoyaltyApiAccess")
public class ApiAccess {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CALLER = ApiAccess.class.getName() + ".caller";

    @Resource(name = "blLoyaltyApiKeyService")
    protected ApiKeyService keys;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blLoyaltyApiRateLimiter")
    protected ApiRateLimiter rateLimiter;

    @Resource(name = "blExploitProtectionService")
    protected ExploitProtectionService exploitProtection;

    public ApiCaller caller(HttpServletRequest request) {
        ApiCaller known = (ApiCaller) request.getAttribute(CALLER);
        if (known != null) {
            return known;
        }
        ApiCaller caller = identify(request);
        request.setAttribute(CALLER, caller);
        return caller;
    }

    private ApiCaller identify(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw ApiRefusal.unauthorized("loyalty.api.bearerFormat");
            }
            String secret = authorization.substring(7).trim();
            ApiKey key = keys.authenticate(secret);
            if (key != null) {
                long wait = rateLimiter.admit(key.getId());
                if (wait > 0) {
                    throw ApiRefusal.rateLimited(wait);
                }
                return ApiCaller.key(key, keys.scopesOf(key));
            }
            Long customerId = keys.customerOfToken(secret);
            if (customerId != null) {
                return ApiCaller.shopper(customerId, false);
            }
            throw ApiRefusal.unauthorized("loyalty.api.unknownKey");
        }
        Customer customer = sessionCustomer();
        if (customer == null) {
            throw ApiRefusal.unauthorized("loyalty.api.loginRequired");
        }
        return ApiCaller.shopper(customer.getId(), true);
    }

    private Customer sessionCustomer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        Customer customer = customerService.readCustomerByUsername(authentication.getName());
        return customer != null && customer.isRegistered() ? customer : null;
    }

    /** The admin key calling, when it has {@code scope}: 403 for a shopper or a key without it. */
    public ApiCaller requireScope(HttpServletRequest request, ApiScope scope) {
        ApiCaller caller = caller(request);
        if (!caller.isKey()) {
            throw ApiRefusal.forbidden("loyalty.api.adminKeyRequired", scope.getCode());
        }
        if (!caller.has(scope)) {
            throw ApiRefusal.forbidden("loyalty.api.scopeMissing", scope.getCode());
        }
        return caller;
    }

    /** The shopper calling (its own data only); a session write must carry the CSRF token. */
    public Customer requireShopper(HttpServletRequest request, boolean writes) {
        ApiCaller caller = caller(request);
        if (caller.isKey()) {
            throw ApiRefusal.forbidden("loyalty.api.shopperOnly");
        }
        if (writes && caller.isSession()) {
            checkCsrf(request);
        }
        Customer customer = customerService.readCustomerById(caller.getCustomerId());
        if (customer == null) {
            throw ApiRefusal.unauthorized("loyalty.api.shopperGone");
        }
        return customer;
    }

    private void checkCsrf(HttpServletRequest request) {
        String token = request.getHeader(CSRF_HEADER);
        try {
            exploitProtection.compareToken(token == null ? "" : token);
        } catch (ServiceException e) {
            throw new ApiRefusal(403, "csrf", "loyalty.api.csrfMissing", CSRF_HEADER);
        }
    }

    /** The session's CSRF token, for a storefront page's script. */
    public String csrfToken() {
        try {
            return exploitProtection.getCSRFToken();
        } catch (ServiceException e) {
            throw new IllegalStateException("No CSRF token for this session", e);
        }
    }
}
