package com.broadleafloyalty.vip.dao;

import com.broadleafloyalty.vip.domain.VipOffer;
import com.broadleafloyalty.vip.domain.VipOfferImpl;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

public class VipOfferDaoImpl implements VipOfferDao {

    private static final String VIP = VipOfferImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public VipOffer create() {
        return new VipOfferImpl();
    }

    @Override
    public List<VipOffer> readAll() {
        return em.createQuery("SELECT v FROM " + VIP + " v ORDER BY v.id", VipOffer.class).getResultList();
    }

    @Override
    public VipOffer readByOfferId(Long offerId) {
        List<VipOffer> found = em.createQuery("SELECT v FROM " + VIP + " v WHERE v.offer.id = :offerId", VipOffer.class)
                .setParameter("offerId", offerId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public Map<Long, VipOffer> readByOfferIds(Collection<Long> offerIds) {
        Map<Long, VipOffer> byOffer = new HashMap<Long, VipOffer>();
        if (offerIds.isEmpty()) {
            return byOffer;
        }
        // COMMIT flush mode: pricing calls this mid-workflow; flushing the order being priced here is wasted work.
        List<VipOffer> found = em.createQuery("SELECT v FROM " + VIP + " v WHERE v.offer.id IN :ids", VipOffer.class)
                .setParameter("ids", offerIds).setFlushMode(FlushModeType.COMMIT).getResultList();
        for (VipOffer vip : found) {
            byOffer.put(vip.getOffer().getId(), vip);
        }
        return byOffer;
    }

    @Override
    public VipOffer save(VipOffer vipOffer) {
        if (vipOffer.getId() == null) {
            em.persist(vipOffer);
            em.flush();
            return vipOffer;
        }
        return em.merge(vipOffer);
    }

    @Override
    public void delete(VipOffer vipOffer) {
        em.remove(em.contains(vipOffer) ? vipOffer : em.merge(vipOffer));
    }
}
