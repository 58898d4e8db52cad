package com.broadleafloyalty.campaign.service;

import java.math.BigDecimal;

/**
 * What a campaign achieved: emails sent, opened (pixel or click) and clicked (from the engagement records of its
 * mails), recipients who placed an order within the campaign's order window after their email, and those orders'
 * total (Broadleaf's order total, in the shop's currency).
 */
public final class CampaignResults {

    private final long sent;
    private final long opened;
    private final long clicked;
    private final long ordered;
    private final BigDecimal revenue;

    public CampaignResults(long sent, long opened, long clicked, long ordered, BigDecimal revenue) {
        this.sent = sent;
        this.opened = opened;
        this.clicked = clicked;
        this.ordered = ordered;
        this.revenue = revenue;
    }

    public long getSent() {
        return sent;
    }

    public long getOpened() {
        return opened;
    }

    public long getClicked() {
        return clicked;
    }

    public long getOrdered() {
        return ordered;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }
}
