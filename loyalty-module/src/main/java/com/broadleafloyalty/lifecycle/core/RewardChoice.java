package com.broadleafloyalty.lifecycle.core;

/** A reward catalog item as the digest weighs it: what it is called, what it costs, whether any is left. */
public final class RewardChoice {

    private final String name;
    private final long pointsCost;
    private final boolean inStock;

    public RewardChoice(String name, long pointsCost, boolean inStock) {
        this.name = name;
        this.pointsCost = pointsCost;
        this.inStock = inStock;
    }

    public String getName() {
        return name;
    }

    public long getPointsCost() {
        return pointsCost;
    }

    public boolean isInStock() {
        return inStock;
    }
}
