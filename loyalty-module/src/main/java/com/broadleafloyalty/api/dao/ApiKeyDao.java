package com.broadleafloyalty.api.dao;

import com.broadleafloyalty.api.domain.ApiKey;
import com.broadleafloyalty.api.domain.ShopperToken;

import java.util.Date;
import java.util.List;

public interface ApiKeyDao {

    ApiKey save(ApiKey key);

    ApiKey readById(Long id);

    ApiKey readByHash(String keyHash);

    /** Newest first. */
    List<ApiKey> readAll();

    /** Sets the last use unless it is already later than {@code notBefore}; one UPDATE, no read. */
    void touch(Long keyId, Date now, Date notBefore);

    ShopperToken save(ShopperToken token);

    ShopperToken readTokenByHash(String tokenHash);

    int deleteTokensExpiredBefore(Date now);
}
