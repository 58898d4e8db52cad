package com.broadleafloyalty.api.domain;

import java.io.Serializable;
import java.util.Date;

/** An admin API key: its name, scopes and use. The secret itself is never stored, only its SHA-256. */
public interface ApiKey extends Serializable {

    Long getId();

    String getName();

    void setName(String name);

    /** The first characters of the secret, to tell keys apart in the admin. */
    String getKeyPrefix();

    void setKeyPrefix(String keyPrefix);

    String getKeyHash();

    void setKeyHash(String keyHash);

    /** Comma-separated scope codes, e.g. {@code accounts:read,accounts:write}. */
    String getScopes();

    void setScopes(String scopes);

    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    String getCreatedBy();

    void setCreatedBy(String createdBy);

    /** Null while the key works. */
    Date getRevokedAt();

    void setRevokedAt(Date revokedAt);

    Date getLastUsedAt();

    void setLastUsedAt(Date lastUsedAt);
}
