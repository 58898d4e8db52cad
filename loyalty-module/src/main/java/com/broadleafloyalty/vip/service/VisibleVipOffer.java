package com.broadleafloyalty.vip.service;

import java.io.Serializable;

/** What the storefront shows of a VIP offer the shopper may use: its name, description and code (null: automatic). */
public class VisibleVipOffer implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long offerId;
    private final String name;
    private final String description;
    private final String code;
    private final boolean personal;

    public VisibleVipOffer(Long offerId, String name, String description, String code, boolean personal) {
        this.offerId = offerId;
        this.name = name;
        this.description = description;
        this.code = code;
        this.personal = personal;
    }

    public Long getOfferId() {
        return offerId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getCode() {
        return code;
    }

    /** True when the code was issued to this shopper alone (usable once). */
    public boolean isPersonal() {
        return personal;
    }
}
