package com.broadleafloyalty.vip.domain;

import org.broadleafcommerce.core.offer.domain.Offer;

import java.io.Serializable;

/** A Broadleaf offer restricted to customers of a minimum tier and/or a segment (at least one is set). */
public interface VipOffer extends Serializable {

    Long getId();

    void setId(Long id);

    Offer getOffer();

    void setOffer(Offer offer);

    /** Lowest tier admitted, or null. */
    String getMinTierName();

    void setMinTierName(String minTierName);

    /** Segment admitted, or null. */
    String getSegmentName();

    void setSegmentName(String segmentName);
}
