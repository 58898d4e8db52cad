package com.broadleafloyalty.reward.domain;

import java.io.Serializable;

/** An item of the reward catalog: what a shopper can get for points. */
public interface RewardItem extends Serializable {

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
}
