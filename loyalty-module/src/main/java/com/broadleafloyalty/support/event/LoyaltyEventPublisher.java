package com.broadleafloyalty.support.event;

import javax.persistence.EntityManager;

/**
 * Where the slices raise their events. Lives in {@code support} so that a raising slice (ledger, feedback, ...) does
 * not depend on the slice that delivers them (webhook), which implements it.
 */
public interface LoyaltyEventPublisher {

    /** Whether anyone wants events of this type (an in-memory answer: costs no statement). */
    boolean wants(String type);

    /**
     * Records the event in the transaction of {@code em} (an outbox row per interested subscription, inserted at
     * once without flushing {@code em}): it is delivered only if that transaction commits. Nothing when no one wants
     * it.
     */
    void publish(EntityManager em, LoyaltyEvent event);
}
