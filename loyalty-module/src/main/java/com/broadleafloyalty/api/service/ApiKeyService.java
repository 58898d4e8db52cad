package com.broadleafloyalty.api.service;

import com.broadleafloyalty.api.core.ApiScope;
import com.broadleafloyalty.api.domain.ApiKey;

import java.util.List;
import java.util.Set;

/** Admin API keys (created in the admin, shown once, revocable) and the shoppers' short-lived API tokens. */
public interface ApiKeyService {

    /** Refuses (a LoyaltyRefusal, with its message key) a blank or over-long name and an unknown or empty scope list. */
    IssuedApiKey create(String name, String scopes, String createdBy);

    /**
     * A key whose secret the caller chose (a demo's documented key, or keys carried over from another system): stored
     * as its hash like any other; nothing when a key with this secret exists already. The secret must start with
     * {@code lk_} and have at least 32 characters.
     */
    ApiKey register(String name, String scopes, String secret, String createdBy);

    /** The working key of this secret (its last use recorded), or null for an unknown or revoked one. */
    ApiKey authenticate(String secret);

    /** False when there is no such key or it was already revoked. */
    boolean revoke(Long keyId);

    /** {@link #revoke(Long)} by an admin user, audited in the same transaction. */
    boolean revoke(Long keyId, String revokedBy);

    List<ApiKey> keys();

    Set<ApiScope> scopesOf(ApiKey key);

    /** A new bearer token for the shopper, valid for {@code loyalty.api.shopper.token.minutes}. */
    String issueShopperToken(Long customerId);

    /** The customer of an unexpired shopper token, or null. */
    Long customerOfToken(String token);

    long getShopperTokenMinutes();
}
