package com.broadleafloyalty.api.core;

import com.broadleafloyalty.support.core.LoyaltyRefusal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What an admin API key may do. The code is what the admin types and what the key row stores. */
public enum ApiScope {
    ACCOUNTS_READ("accounts:read"),
    ACCOUNTS_WRITE("accounts:write"),
    REWARDS_READ("rewards:read"),
    REWARDS_WRITE("rewards:write"),
    WEBHOOKS_READ("webhooks:read"),
    WEBHOOKS_WRITE("webhooks:write");

    private final String code;

    ApiScope(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public static ApiScope ofCode(String code) {
        for (ApiScope scope : values()) {
            if (scope.code.equals(code)) {
                return scope;
            }
        }
        return null;
    }

    /**
     * The scopes of a comma- or space-separated list. Refuses an unknown one with a sentence naming it, and an
     * empty list (a key that may do nothing is a mistake).
     */
    public static Set<ApiScope> parse(String text) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        if (text != null) {
            for (String part : text.split("[,\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                ApiScope scope = ofCode(part.trim());
                if (scope == null) {
                    throw new LoyaltyRefusal("loyalty.api.scope.unknown", part.trim(), allCodes());
                }
                scopes.add(scope);
            }
        }
        if (scopes.isEmpty()) {
            throw new LoyaltyRefusal("loyalty.api.scope.none", allCodes());
        }
        return scopes;
    }

    public static String format(Set<ApiScope> scopes) {
        List<String> codes = new ArrayList<String>();
        for (ApiScope scope : scopes) {
            codes.add(scope.code);
        }
        return String.join(",", codes);
    }

    public static String allCodes() {
        return format(EnumSet.allOf(ApiScope.class));
    }

    public static Set<String> codes(Set<ApiScope> scopes) {
        Set<String> codes = new LinkedHashSet<String>();
        for (ApiScope scope : scopes) {
            codes.add(scope.code);
        }
        return Collections.unmodifiableSet(codes);
    }
}
