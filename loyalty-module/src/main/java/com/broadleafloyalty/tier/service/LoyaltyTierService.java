package com.broadleafloyalty.tier.service;

import com.broadleafloyalty.tier.core.QualifyingActivity;
import com.broadleafloyalty.tier.core.TierDecision;
import com.broadleafloyalty.tier.core.TierDefinition;
import com.broadleafloyalty.tier.core.TierLadder;
import com.broadleafloyalty.tier.core.TierSetupProblem;
import com.broadleafloyalty.tier.domain.TierChange;

import java.math.BigDecimal;
import java.util.List;

/** Tiers: the door the checkout, the nightly job, the storefront, the admin and other features use. */
public interface LoyaltyTierService extends TierLookup {

    /** The tiers as saved, cached for {@code loyalty.tiers.cache.seconds}; empty when none (or the set-up is invalid). */
    TierLadder ladder();

    /** Drops the cached tiers (after an admin change on this node). */
    void refreshTiers();

    /**
     * The problems of a tier an admin adds or edits (its id null when new), checked against the saved others
     * without flushing the admin's pending changes. Each problem is about one of the candidate's own fields.
     */
    List<TierSetupProblem> problemsOf(TierDefinition candidate);

    /** The customer's tier now, or null. */
    TierDefinition currentTier(Long customerId);

    /**
     * Replaces the whole ladder with {@code tiers} (for a shop being set up, e.g. the replay's {@code --config}): the
     * problems found, nothing changed, when the ladder is not valid; an empty list when it was replaced. A customer
     * on a tier that is gone is treated as when the admin deletes a tier.
     */
    List<TierSetupProblem> replaceTiers(List<TierDefinition> tiers);

    /**
     * After an order's award: adds the order to the customer's window accumulator and upgrades at once when it
     * crosses a threshold (never downgrades). Reads the tier row the award's multiplier lookup already read.
     */
    TierDecision recordOrder(Long customerId, Long orderId, long points, BigDecimal spend);

    /**
     * Undoes {@link #recordOrder} when the checkout fails after it: takes the order out of the accumulator and
     * reverts the upgrade it made (its history entry is removed).
     */
    void undoOrder(Long customerId, Long orderId, long points, BigDecimal spend);

    /** Recomputes the window exactly and applies the full decision, downgrades after the grace period included. */
    TierDecision evaluate(Long customerId);

    /** The nightly job: {@link #evaluate} for every registered customer, each in its own transaction. */
    int evaluateEveryone();

    /** Exact qualifying points and spend in the window, from the ledger and the orders. */
    QualifyingActivity qualifyingActivity(Long customerId);

    /** Current tier, progress and perks for the storefront and the admin (from the window accumulator). */
    TierStatus status(Long customerId);

    /** Newest first. */
    List<TierChange> history(Long customerId);
}
