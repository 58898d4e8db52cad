package com.broadleafloyalty.vip.dao;

import com.broadleafloyalty.vip.domain.VipOffer;

import java.util.Collection;
import java.util.List;
import java.util.Map;

public interface VipOfferDao {

    VipOffer create();

    List<VipOffer> readAll();

    VipOffer readByOfferId(Long offerId);

    /** The restrictions of those offers, keyed by offer id (offers without one are absent). */
    Map<Long, VipOffer> readByOfferIds(Collection<Long> offerIds);

    VipOffer save(VipOffer vipOffer);

    void delete(VipOffer vipOffer);
}
