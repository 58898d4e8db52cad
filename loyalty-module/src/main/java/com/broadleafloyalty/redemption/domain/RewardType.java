package com.broadleafloyalty.redemption.domain;

import org.broadleafcommerce.common.BroadleafEnumerationType;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a reward gives the shopper. Extendable the Broadleaf way: a module may declare more instances. */
public class RewardType implements Serializable, BroadleafEnumerationType {

    private static final long serialVersionUID = 1L;

    private static final Map<String, RewardType> TYPES = new LinkedHashMap<String, RewardType>();

    public static final RewardType FIXED_DISCOUNT = new RewardType("FIXED_DISCOUNT", "Fixed discount");
    public static final RewardType PERCENT_DISCOUNT = new RewardType("PERCENT_DISCOUNT", "Percent discount");
    public static final RewardType FREE_SHIPPING = new RewardType("FREE_SHIPPING", "Free shipping");
    public static final RewardType FREE_PRODUCT = new RewardType("FREE_PRODUCT", "Free product");
    public static final RewardType GIFT = new RewardType("GIFT", "Gift");

    public static RewardType getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    private String type;
    private String friendlyType;

    public RewardType() {
        // for Broadleaf's reflection
    }

    public RewardType(String type, String friendlyType) {
        this.friendlyType = friendlyType;
        setType(type);
    }

    private void setType(String type) {
        this.type = type;
        if (!TYPES.containsKey(type)) {
            TYPES.put(type, this);
        }
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getFriendlyType() {
        return friendlyType;
    }

    @Override
    public int hashCode() {
        return type == null ? 0 : type.hashCode();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RewardType && type != null && type.equals(((RewardType) obj).type);
    }
}
