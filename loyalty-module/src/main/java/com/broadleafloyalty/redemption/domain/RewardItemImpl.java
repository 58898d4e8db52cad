package com.broadleafloyalty.redemption.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;
import java.math.RoundingMode;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.PostLoad;
import javax.persistence.Table;

/**
 * A reward catalog item. Its admin form is generated from the annotations below; the fields the reward rules govern
 * name the validator bean {@value #VALIDATOR} that the loyalty admin (admin-ui) declares, which asks
 * {@link com.broadleafloyalty.redemption.core.RewardItemRules}.
 */
@Entity
@Table(name = "LOY_REWARD_ITEM")
@AdminPresentationClass(friendlyName = "RewardItemImpl_baseRewardItem")
public class RewardItemImpl implements RewardItem {

    private static final long serialVersionUID = 1L;

    /** Bean id of the admin validator for the rule-governed fields (declared in bl-loyalty-admin-applicationContext.xml). */
    public static final String VALIDATOR = "blLoyaltyRewardItemValidator";

    @Id
    @GeneratedValue(generator = "LoyRewardItemId")
    @GenericGenerator(name = "LoyRewardItemId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "RewardItemImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.redemption.domain.RewardItemImpl")
            })
    @Column(name = "REWARD_ITEM_ID")
    @AdminPresentation(friendlyName = "RewardItemImpl_Id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "NAME", nullable = false)
    @AdminPresentation(friendlyName = "RewardItemImpl_Name", order = 1000, prominent = true, gridOrder = 1000,
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected String name;

    @Column(name = "DESCRIPTION", length = 2000)
    @AdminPresentation(friendlyName = "RewardItemImpl_Description", order = 2000, largeEntry = true,
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected String description;

    @Column(name = "POINTS_COST", nullable = false)
    @AdminPresentation(friendlyName = "RewardItemImpl_Points_Cost", order = 3000, prominent = true, gridOrder = 2000,
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected Long pointsCost;

    @Column(name = "REWARD_TYPE", nullable = false, length = 40)
    @AdminPresentation(friendlyName = "RewardItemImpl_Reward_Type", order = 4000, prominent = true, gridOrder = 3000,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.broadleafloyalty.redemption.domain.RewardType",
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected String rewardType;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "RewardItemImpl_Active", order = 5000, prominent = true, gridOrder = 4000)
    protected Boolean active = Boolean.TRUE;

    @Column(name = "STOCK")
    @AdminPresentation(friendlyName = "RewardItemImpl_Stock", order = 6000, prominent = true, gridOrder = 5000,
            tooltip = "RewardItemImpl_Stock_Tooltip",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected Integer stock;

    @Column(name = "REWARD_VALUE", precision = VALUE_PRECISION, scale = VALUE_SCALE)
    @AdminPresentation(friendlyName = "RewardItemImpl_Reward_Value", order = 4500, gridOrder = 3500,
            tooltip = "RewardItemImpl_Reward_Value_Tooltip",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected BigDecimal rewardValue;

    /** The admin shows a decimal with every digit of its column: 12.50 or 10.00, not 12.50000. */
    @PostLoad
    protected void trimRewardValue() {
        if (rewardValue != null) {
            rewardValue = rewardValue.setScale(Math.max(2, rewardValue.stripTrailingZeros().scale()),
                    RoundingMode.UNNECESSARY);
        }
    }

    @ManyToOne(targetEntity = ProductImpl.class)
    @JoinColumn(name = "PRODUCT_ID")
    @AdminPresentation(friendlyName = "RewardItemImpl_Product", order = 4700,
            tooltip = "RewardItemImpl_Product_Tooltip",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    @AdminPresentationToOneLookup(lookupDisplayProperty = "defaultSku.name")
    protected Product product;

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
    public String getDescription() {
        return description;
    }

    @Override
    public void setDescription(String description) {
        this.description = description;
    }

    @Override
    public long getPointsCost() {
        return pointsCost == null ? 0L : pointsCost;
    }

    @Override
    public void setPointsCost(long pointsCost) {
        this.pointsCost = pointsCost;
    }

    @Override
    public RewardType getRewardType() {
        return RewardType.getInstance(rewardType);
    }

    @Override
    public void setRewardType(RewardType rewardType) {
        this.rewardType = rewardType == null ? null : rewardType.getType();
    }

    @Override
    public boolean isActive() {
        return active == null || active;
    }

    @Override
    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public Integer getStock() {
        return stock;
    }

    @Override
    public void setStock(Integer stock) {
        this.stock = stock;
    }

    @Override
    public BigDecimal getRewardValue() {
        return rewardValue;
    }

    @Override
    public void setRewardValue(BigDecimal rewardValue) {
        this.rewardValue = rewardValue;
    }

    @Override
    public Product getProduct() {
        return product;
    }

    @Override
    public void setProduct(Product product) {
        this.product = product;
    }
}
