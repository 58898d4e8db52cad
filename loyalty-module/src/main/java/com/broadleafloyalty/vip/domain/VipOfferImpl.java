package com.broadleafloyalty.vip.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferImpl;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/** One row per restricted offer; the unique OFFER_ID keeps one rule per offer, across shop nodes. */
@Entity
@Table(name = "LOY_VIP_OFFER")
@AdminPresentationClass(friendlyName = "VipOfferImpl_baseVipOffer")
public class VipOfferImpl implements VipOffer {

    private static final long serialVersionUID = 1L;

    /** Bean id of the admin validator (declared by admin-ui), which asks the VIP offer service. */
    public static final String VALIDATOR = "blLoyaltyVipOfferValidator";

    @Id
    @GeneratedValue(generator = "LoyVipOfferId")
    @GenericGenerator(name = "LoyVipOfferId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "VipOfferImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.vip.domain.VipOfferImpl")
            })
    @Column(name = "VIP_OFFER_ID")
    @AdminPresentation(friendlyName = "VipOfferImpl_Id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @ManyToOne(targetEntity = OfferImpl.class, optional = false)
    @JoinColumn(name = "OFFER_ID", nullable = false, unique = true)
    @AdminPresentation(friendlyName = "VipOfferImpl_Offer", order = 1000, prominent = true, gridOrder = 1000,
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected Offer offer;

    @Column(name = "MIN_TIER_NAME", length = 100)
    @AdminPresentation(friendlyName = "VipOfferImpl_Min_Tier", order = 2000, prominent = true, gridOrder = 2000,
            tooltip = "VipOfferImpl_Min_Tier_Tooltip",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected String minTierName;

    @Column(name = "SEGMENT_NAME", length = 100)
    @AdminPresentation(friendlyName = "VipOfferImpl_Segment", order = 3000, prominent = true, gridOrder = 3000,
            tooltip = "VipOfferImpl_Segment_Tooltip")
    protected String segmentName;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public Offer getOffer() {
        return offer;
    }

    @Override
    public void setOffer(Offer offer) {
        this.offer = offer;
    }

    @Override
    public String getMinTierName() {
        return minTierName;
    }

    @Override
    public void setMinTierName(String minTierName) {
        this.minTierName = minTierName;
    }

    @Override
    public String getSegmentName() {
        return segmentName;
    }

    @Override
    public void setSegmentName(String segmentName) {
        this.segmentName = segmentName;
    }
}
