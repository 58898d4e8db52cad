package com.broadleafloyalty.engagement.service;

import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.core.Unsubscriptions;

import java.util.List;

/**
 * A customer's email choices as the preferences page shows them: the categories they may turn off (those the shop
 * sends), which of them they still receive, and whether the shop offers the digest and they asked for it.
 */
public final class MailPreferences {

    private final List<MailCategory> choices;
    private final Unsubscriptions unsubscriptions;
    private final boolean digestOffered;
    private final boolean digestOptIn;

    public MailPreferences(List<MailCategory> choices, Unsubscriptions unsubscriptions, boolean digestOffered,
            boolean digestOptIn) {
        this.choices = choices;
        this.unsubscriptions = unsubscriptions;
        this.digestOffered = digestOffered;
        this.digestOptIn = digestOptIn;
    }

    public List<MailCategory> getChoices() {
        return choices;
    }

    /** True when the customer still receives emails of this category. */
    public boolean receives(MailCategory category) {
        return !unsubscriptions.contains(category);
    }

    public boolean isDigestOffered() {
        return digestOffered;
    }

    public boolean isDigestOptIn() {
        return digestOptIn;
    }
}
