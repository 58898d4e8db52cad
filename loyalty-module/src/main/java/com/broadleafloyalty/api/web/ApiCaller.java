package com.broadleafloyalty.api.web;

import com.broadleafloyalty.api.core.ApiScope;
import com.broadleafloyalty.api.domain.ApiKey;

import java.util.Set;

/** Who is calling: an admin API key with its scopes, or a shopper (by session or by token). */
public final class ApiCaller {

    private final ApiKey key;
    private final Set<ApiScope> scopes;
    private final Long customerId;
    private final boolean session;

    private ApiCaller(ApiKey key, Set<ApiScope> scopes, Long customerId, boolean session) {
        this.key = key;
        this.scopes = scopes;
        this.customerId = customerId;
        this.session = session;
    }

    static ApiCaller key(ApiKey key, Set<ApiScope> scopes) {
        return new ApiCaller(key, scopes, null, false);
    }

    static ApiCaller shopper(Long customerId, boolean session) {
        return new ApiCaller(null, null, customerId, session);
    }

    public boolean isKey() {
        return key != null;
    }

    public ApiKey getKey() {
        return key;
    }

    public boolean has(ApiScope scope) {
        return scopes != null && scopes.contains(scope);
    }

    public Long getCustomerId() {
        return customerId;
    }

    /** A shopper calling with the browser's session cookie (CSRF applies), not with a bearer token. */
    public boolean isSession() {
        return session;
    }
}
