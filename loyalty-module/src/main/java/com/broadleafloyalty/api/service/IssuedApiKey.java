package com.broadleafloyalty.api.service;

import com.broadleafloyalty.api.domain.ApiKey;

/** A key just created: the only moment its secret exists outside the caller's hands. */
public final class IssuedApiKey {

    private final ApiKey key;
    private final String secret;

    IssuedApiKey(ApiKey key, String secret) {
        this.key = key;
        this.secret = secret;
    }

    public ApiKey getKey() {
        return key;
    }

    /** Show it once; it cannot be read back. */
    public String getSecret() {
        return secret;
    }
}
