package com.broadleafloyalty.challenge.service;

import com.broadleafloyalty.challenge.core.ChallengeDraft;
import com.broadleafloyalty.challenge.core.ChallengeRefusedException;
import com.broadleafloyalty.challenge.domain.Challenge;
import org.broadleafcommerce.core.order.domain.Order;

import java.util.List;
import java.util.Map;

/**
 * The challenges door: the admin defines challenges, a checkout and a nightly job evaluate them, My loyalty and the
 * admin's customer page show progress and badges. A completion is a row unique per (challenge, customer) and its bonus
 * a ledger BONUS entry keyed by that row (source {@value #SOURCE_CHALLENGE}), so nothing is granted twice, on any node.
 */
public interface ChallengeService {

    /** Ledger source type of challenge bonuses; the source id is the completion's id. */
    String SOURCE_CHALLENGE = "CHALLENGE";

    /** Every challenge, active first. */
    List<Challenge> challenges();

    Challenge challenge(Long id);

    /** How many customers completed each challenge, by challenge id. */
    Map<Long, Long> completionCounts();

    /**
     * Creates ({@code id} null) or changes a challenge, audited as the admin's change; refused with every problem of
     * the draft (nothing saved).
     */
    Challenge save(Long id, ChallengeDraft draft, String adminLogin) throws ChallengeRefusedException;

    /** Deactivates a challenge (its badges stay earned); false when there is no such active challenge. */
    boolean deactivate(Long id, String adminLogin);

    /** The customer's active challenges with progress, earned badges and what is next. */
    ChallengeBoard boardOf(Long customerId);

    /** The badges the customer earned, newest first. */
    List<EarnedBadge> badgesOf(Long customerId);

    /**
     * Evaluates the challenges a submitted order can move, for its customer; grants what it completes. Costs no SQL
     * statement while no such challenge is open. The result undoes the grants of a checkout that then fails.
     */
    PendingGrants evaluateAtCheckout(Order order);

    /** Takes back what {@link #evaluateAtCheckout} granted, for a checkout that then failed. */
    void undo(PendingGrants pending);

    /** Evaluates every open challenge for one customer and grants what is complete; the completions granted. */
    int evaluate(Long customerId);

    /** The nightly job: {@link #evaluate} for every customer with activity in an open window; completions granted. */
    int evaluateEveryone();
}
