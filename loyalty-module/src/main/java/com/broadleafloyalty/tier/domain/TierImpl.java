package com.broadleafloyalty.tier.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.PostLoad;
import javax.persistence.Table;

/**
 * A tier as the admin edits it. The governed fields name the validator bean {@value #VALIDATOR} (declared by the
 * loyalty admin), which checks the tier against the saved others with {@link com.broadleafloyalty.tier.core.TierSetup}.
 */
@Entity
@Table(name = "LOY_TIER")
@AdminPresentationClass(friendlyName = "TierImpl_baseTier")
public class TierImpl implements Tier {

    private static final long serialVersionUID = 1L;

    public static final String VALIDATOR = "blLoyaltyTierValidator";

    @Id
    @GeneratedValue(generator = "LoyTierId")
    @GenericGenerator(name = "LoyTierId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "TierImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.tier.domain.TierImpl")
            })
    @Column(name = "TIER_ID")
    @AdminPresentation(friendlyName = "TierImpl_Id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    @AdminPresentation(friendlyName = "TierImpl_Name", order = 1000, prominent = true, gridOrder = 1000,
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected String name;

    @Column(name = "POINTS_THRESHOLD", nullable = false)
    @AdminPresentation(friendlyName = "TierImpl_Points_Threshold", order = 2000, prominent = true, gridOrder = 2000,
            tooltip = "TierImpl_Points_Threshold_Tooltip", requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected Long pointsThreshold;

    @Column(name = "SPEND_THRESHOLD", nullable = false, precision = 19, scale = 5)
    @AdminPresentation(friendlyName = "TierImpl_Spend_Threshold", order = 3000, prominent = true, gridOrder = 3000,
            fieldType = SupportedFieldType.MONEY,
            tooltip = "TierImpl_Spend_Threshold_Tooltip", requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected BigDecimal spendThreshold;

    @Column(name = "MULTIPLIER", nullable = false, precision = 19, scale = 5)
    @AdminPresentation(friendlyName = "TierImpl_Multiplier", order = 4000, prominent = true, gridOrder = 4000,
            tooltip = "TierImpl_Multiplier_Tooltip", requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected BigDecimal multiplier = BigDecimal.ONE;

    /** The admin shows a decimal with every digit of its column: 1.5, not 1.50000. */
    @PostLoad
    protected void trimMultiplier() {
        if (multiplier != null) {
            BigDecimal trimmed = multiplier.stripTrailingZeros();
            multiplier = trimmed.scale() < 0 ? trimmed.setScale(0) : trimmed;
        }
    }

    @Lob
    @org.hibernate.annotations.Type(type = "org.hibernate.type.StringClobType")
    @Column(name = "PERKS")
    @AdminPresentation(friendlyName = "TierImpl_Perks", order = 5000, largeEntry = true,
            tooltip = "TierImpl_Perks_Tooltip")
    protected String perks;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public Long getPointsThreshold() {
        return pointsThreshold;
    }

    @Override
    public void setPointsThreshold(Long pointsThreshold) {
        this.pointsThreshold = pointsThreshold;
    }

    @Override
    public BigDecimal getSpendThreshold() {
        return spendThreshold;
    }

    @Override
    public void setSpendThreshold(BigDecimal spendThreshold) {
        this.spendThreshold = spendThreshold;
    }

    @Override
    public BigDecimal getMultiplier() {
        return multiplier;
    }

    @Override
    public void setMultiplier(BigDecimal multiplier) {
        this.multiplier = multiplier;
    }

    @Override
    public String getPerks() {
        return perks;
    }

    @Override
    public void setPerks(String perks) {
        this.perks = perks;
    }
}
