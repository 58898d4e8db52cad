package com.broadleafloyalty.challenge.service;

import java.util.Collections;
import java.util.List;

/** A customer's challenges: the open ones not yet completed (with progress), the badges earned, the one closest. */
public final class ChallengeBoard {

    private final List<ChallengeStatus> active;
    private final List<EarnedBadge> badges;
    private final ChallengeStatus next;

    public ChallengeBoard(List<ChallengeStatus> active, List<EarnedBadge> badges, ChallengeStatus next) {
        this.active = Collections.unmodifiableList(active);
        this.badges = Collections.unmodifiableList(badges);
        this.next = next;
    }

    public List<ChallengeStatus> getActive() {
        return active;
    }

    public List<EarnedBadge> getBadges() {
        return badges;
    }

    /** The open challenge closest to completion, or null. */
    public ChallengeStatus getNext() {
        return next;
    }

    public boolean isEmpty() {
        return active.isEmpty() && badges.isEmpty();
    }
}
