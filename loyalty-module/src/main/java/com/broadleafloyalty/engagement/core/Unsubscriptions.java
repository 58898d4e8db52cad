package com.broadleafloyalty.engagement.core;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The categories a customer unsubscribed from, stored as their names separated by commas ("WELCOME,DIGEST"). Unknown
 * names in a stored value are ignored, so removing a category never breaks an account.
 */
public final class Unsubscriptions {

    private final Set<MailCategory> categories;

    private Unsubscriptions(Set<MailCategory> categories) {
        this.categories = categories;
    }

    public static Unsubscriptions none() {
        return new Unsubscriptions(EnumSet.noneOf(MailCategory.class));
    }

    public static Unsubscriptions parse(String stored) {
        EnumSet<MailCategory> categories = EnumSet.noneOf(MailCategory.class);
        if (stored != null) {
            for (String name : stored.split(",")) {
                MailCategory category = MailCategory.parse(name);
                if (category != null) {
                    categories.add(category);
                }
            }
        }
        return new Unsubscriptions(categories);
    }

    public boolean contains(MailCategory category) {
        return categories.contains(category);
    }

    public Unsubscriptions with(MailCategory category) {
        EnumSet<MailCategory> more = categories.isEmpty() ? EnumSet.noneOf(MailCategory.class)
                : EnumSet.copyOf(categories);
        more.add(category);
        return new Unsubscriptions(more);
    }

    public Unsubscriptions without(MailCategory category) {
        EnumSet<MailCategory> fewer = categories.isEmpty() ? EnumSet.noneOf(MailCategory.class)
                : EnumSet.copyOf(categories);
        fewer.remove(category);
        return new Unsubscriptions(fewer);
    }

    public Set<MailCategory> categories() {
        return Collections.unmodifiableSet(categories);
    }

    /** The stored form, in the categories' order; null when there are none. */
    public String format() {
        if (categories.isEmpty()) {
            return null;
        }
        StringBuilder stored = new StringBuilder();
        for (MailCategory category : categories) {
            if (stored.length() > 0) {
                stored.append(',');
            }
            stored.append(category.name());
        }
        return stored.toString();
    }
}
