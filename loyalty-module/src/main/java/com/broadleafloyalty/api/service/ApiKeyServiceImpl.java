package com.broadleafloyalty.api.service;

import com.broadleafloyalty.api.core.ApiScope;
import com.broadleafloyalty.audit.core.AuditKind;
import com.broadleafloyalty.audit.core.AuditedChange;
import com.broadleafloyalty.audit.service.AuditTrail;
import com.broadleafloyalty.api.core.ApiSecrets;
import com.broadleafloyalty.api.dao.ApiKeyDao;
import com.broadleafloyalty.api.domain.ApiKey;
import com.broadleafloyalty.api.domain.ApiKeyImpl;
import com.broadleafloyalty.api.domain.ShopperToken;
import com.broadleafloyalty.api.domain.ShopperTokenImpl;
import com.broadleafloyalty.support.core.LoyaltyRefusal;
import org.springframework.transaction.annotation.Transactional;

import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;

public class ApiKeyServiceImpl implements ApiKeyService {

    static final String KEY_PREFIX = "lk_";
    static final String TOKEN_PREFIX = "ls_";
    /** Last use is recorded to the minute: one UPDATE a minute per key, not one per call. */
    private static final long TOUCH_MILLIS = TimeUnit.MINUTES.toMillis(1);

    @Resource(name = "blLoyaltyApiKeyDao")
    protected ApiKeyDao dao;

    @Resource(name = "blLoyaltyAuditTrail")
    protected AuditTrail audit;

    private long shopperTokenMinutes = 60;

    @Override
    @Transactional("blTransactionManager")
    public IssuedApiKey create(String name, String scopes, String createdBy) {
        String trimmed = checkedName(name);
        String secret = ApiSecrets.newSecret(KEY_PREFIX);
        ApiKey key = store(trimmed, scopes, secret, createdBy);
        // The audit row names the key by its prefix, never its secret.
        audit.record(createdBy, AuditedChange.of(AuditKind.API_KEY_CREATED, "ApiKey", key.getId())
                .after("name", key.getName()).after("scopes", key.getScopes()).after("prefix", key.getKeyPrefix()));
        return new IssuedApiKey(key, secret);
    }

    @Override
    @Transactional("blTransactionManager")
    public ApiKey register(String name, String scopes, String secret, String createdBy) {
        if (secret == null || !secret.startsWith(KEY_PREFIX) || secret.length() < 32 || secret.length() > 100) {
            throw new IllegalArgumentException("A key starts with " + KEY_PREFIX + " and has 32 to 100 characters.");
        }
        ApiKey existing = dao.readByHash(ApiSecrets.hash(secret));
        return existing != null ? existing : store(checkedName(name), scopes, secret, createdBy);
    }

    private static String checkedName(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new LoyaltyRefusal("loyalty.api.key.nameMissing");
        }
        if (trimmed.length() > 100) {
            throw new LoyaltyRefusal("loyalty.api.key.nameTooLong", 100);
        }
        return trimmed;
    }

    private ApiKey store(String name, String scopes, String secret, String createdBy) {
        Set<ApiScope> parsed = ApiScope.parse(scopes);
        ApiKey key = new ApiKeyImpl();
        key.setName(name);
        key.setKeyPrefix(secret.substring(0, 10));
        key.setKeyHash(ApiSecrets.hash(secret));
        key.setScopes(ApiScope.format(parsed));
        key.setCreatedAt(new Date());
        key.setCreatedBy(createdBy);
        return dao.save(key);
    }

    @Override
    @Transactional("blTransactionManager")
    public ApiKey authenticate(String secret) {
        if (secret == null || !secret.startsWith(KEY_PREFIX) || secret.length() > 100) {
            return null;
        }
        ApiKey key = dao.readByHash(ApiSecrets.hash(secret));
        if (key == null || key.getRevokedAt() != null) {
            return null;
        }
        long now = System.currentTimeMillis();
        dao.touch(key.getId(), new Date(now), new Date(now - TOUCH_MILLIS));
        return key;
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean revoke(Long keyId) {
        return revoke(keyId, null);
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean revoke(Long keyId, String revokedBy) {
        ApiKey key = keyId == null ? null : dao.readById(keyId);
        if (key == null || key.getRevokedAt() != null) {
            return false;
        }
        key.setRevokedAt(new Date());
        dao.save(key);
        if (revokedBy != null) {
            audit.record(revokedBy, AuditedChange.of(AuditKind.API_KEY_REVOKED, "ApiKey", keyId)
                    .before("name", key.getName()).before("revoked", false).after("revoked", true));
        }
        return true;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<ApiKey> keys() {
        return dao.readAll();
    }

    @Override
    public Set<ApiScope> scopesOf(ApiKey key) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (String code : key.getScopes().split(",")) {
            ApiScope scope = ApiScope.ofCode(code.trim());
            if (scope != null) {
                scopes.add(scope);
            }
        }
        return scopes;
    }

    @Override
    @Transactional("blTransactionManager")
    public String issueShopperToken(Long customerId) {
        Date now = new Date();
        dao.deleteTokensExpiredBefore(now);
        String secret = ApiSecrets.newSecret(TOKEN_PREFIX);
        ShopperToken token = new ShopperTokenImpl();
        token.setTokenHash(ApiSecrets.hash(secret));
        token.setCustomerId(customerId);
        token.setExpiresAt(new Date(now.getTime() + TimeUnit.MINUTES.toMillis(shopperTokenMinutes)));
        dao.save(token);
        return secret;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Long customerOfToken(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX) || secret.length() > 100) {
            return null;
        }
        ShopperToken token = dao.readTokenByHash(ApiSecrets.hash(secret));
        return token == null || token.getExpiresAt().before(new Date()) ? null : token.getCustomerId();
    }

    @Override
    public long getShopperTokenMinutes() {
        return shopperTokenMinutes;
    }

    public void setShopperTokenMinutes(long shopperTokenMinutes) {
        if (shopperTokenMinutes < 1) {
            throw new IllegalArgumentException("loyalty.api.shopper.token.minutes must be at least 1");
        }
        this.shopperTokenMinutes = shopperTokenMinutes;
    }
}
