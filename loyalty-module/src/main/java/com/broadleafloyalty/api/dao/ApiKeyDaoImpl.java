package com.broadleafloyalty.api.dao;

import com.broadleafloyalty.api.domain.ApiKey;
import com.broadleafloyalty.api.domain.ApiKeyImpl;
import com.broadleafloyalty.api.domain.ShopperToken;
import com.broadleafloyalty.api.domain.ShopperTokenImpl;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class ApiKeyDaoImpl implements ApiKeyDao {

    private static final String KEY = ApiKeyImpl.class.getName();
    private static final String TOKEN = ShopperTokenImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public ApiKey save(ApiKey key) {
        if (key.getId() == null) {
            em.persist(key);
            return key;
        }
        return em.merge(key);
    }

    @Override
    public ApiKey readById(Long id) {
        return em.find(ApiKeyImpl.class, id);
    }

    @Override
    public ApiKey readByHash(String keyHash) {
        List<ApiKey> found = em.createQuery("SELECT k FROM " + KEY + " k WHERE k.keyHash = :hash", ApiKey.class)
                .setParameter("hash", keyHash).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<ApiKey> readAll() {
        return em.createQuery("SELECT k FROM " + KEY + " k ORDER BY k.id DESC", ApiKey.class).getResultList();
    }

    @Override
    public void touch(Long keyId, Date now, Date notBefore) {
        em.createQuery("UPDATE " + KEY + " k SET k.lastUsedAt = :now WHERE k.id = :id"
                + " AND (k.lastUsedAt IS NULL OR k.lastUsedAt < :notBefore)")
                .setParameter("now", now).setParameter("id", keyId).setParameter("notBefore", notBefore)
                .executeUpdate();
    }

    @Override
    public ShopperToken save(ShopperToken token) {
        em.persist(token);
        return token;
    }

    @Override
    public ShopperToken readTokenByHash(String tokenHash) {
        List<ShopperToken> found = em.createQuery("SELECT t FROM " + TOKEN + " t WHERE t.tokenHash = :hash",
                ShopperToken.class).setParameter("hash", tokenHash).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public int deleteTokensExpiredBefore(Date now) {
        return em.createQuery("DELETE FROM " + TOKEN + " t WHERE t.expiresAt < :now").setParameter("now", now)
                .executeUpdate();
    }
}
