package com.broadleafloyalty.redemption.service;

import org.broadleafcommerce.core.order.domain.Order;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the shop gave back from a cart without the shopper asking (the abandoned-cart timeout, a failed checkout):
 * the points now back on their balance and the rewards taken out of the cart, with the cart as it is now.
 */
public final class ReturnedPoints {

    private final long points;
    private final List<String> rewardNames;
    private final Order cart;

    public ReturnedPoints(long points, List<String> rewardNames, Order cart) {
        this.points = points;
        this.rewardNames = Collections.unmodifiableList(new ArrayList<String>(rewardNames));
        this.cart = cart;
    }

    /** Nothing to tell, the cart unchanged. */
    public static ReturnedPoints nothing(Order cart) {
        return new ReturnedPoints(0L, Collections.<String>emptyList(), cart);
    }

    public boolean isEmpty() {
        return points == 0L && rewardNames.isEmpty();
    }

    public long getPoints() {
        return points;
    }

    /** The names of the reward catalog items taken out of the cart. */
    public List<String> getRewardNames() {
        return rewardNames;
    }

    /** The cart after the returned rewards' free lines left it (repriced), or the cart given when nothing changed. */
    public Order getCart() {
        return cart;
    }
}
