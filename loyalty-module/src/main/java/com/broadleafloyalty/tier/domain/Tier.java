package com.broadleafloyalty.tier.domain;

import java.io.Serializable;
import java.math.BigDecimal;

/** An admin-defined tier (LOY_TIER). The rules it must follow are {@link com.broadleafloyalty.tier.core.TierSetup}. */
public interface Tier extends Serializable {

    Long getId();

    String getName();

    void setName(String name);

    Long getPointsThreshold();

    void setPointsThreshold(Long pointsThreshold);

    BigDecimal getSpendThreshold();

    void setSpendThreshold(BigDecimal spendThreshold);

    BigDecimal getMultiplier();

    void setMultiplier(BigDecimal multiplier);

    /** One perk per line. */
    String getPerks();

    void setPerks(String perks);
}
