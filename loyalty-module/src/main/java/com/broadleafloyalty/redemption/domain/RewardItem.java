package com.broadleafloyalty.redemption.domain;

import org.broadleafcommerce.core.catalog.domain.Product;

import java.io.Serializable;
import java.math.BigDecimal;

/** An item of the reward catalog: what a shopper can get for points. */
public interface RewardItem extends Serializable {

    /** The reward value's column ({@code REWARD_VALUE}): digits in all, and after the decimal point. */
    int VALUE_PRECISION = 19;
    int VALUE_SCALE = 5;

    Long getId();

    String getName();

    void setName(String name);

    String getDescription();

    void setDescription(String description);

    long getPointsCost();

    void setPointsCost(long pointsCost);

    RewardType getRewardType();

    void setRewardType(RewardType rewardType);

    boolean isActive();

    void setActive(boolean active);

    /** Units left, or null for unlimited. */
    Integer getStock();

    void setStock(Integer stock);

    /** Amount off for a fixed discount, percent off for a percent discount; null for other types. */
    BigDecimal getRewardValue();

    void setRewardValue(BigDecimal rewardValue);

    /** The product a free-product or gift reward puts in the cart at zero price; null for other types. */
    Product getProduct();

    void setProduct(Product product);
}
