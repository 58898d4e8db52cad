package com.broadleafloyalty.challenge.service;

import java.util.Date;

/** A badge a customer earned: its label (a message key), the challenge's name (admin text) and when. */
public final class EarnedBadge {

    private final String badgeKey;
    private final String challengeName;
    private final Date earnedAt;
    private final long bonusPoints;

    public EarnedBadge(String badgeKey, String challengeName, Date earnedAt, long bonusPoints) {
        this.badgeKey = badgeKey;
        this.challengeName = challengeName;
        this.earnedAt = earnedAt;
        this.bonusPoints = bonusPoints;
    }

    public String getBadgeKey() {
        return badgeKey;
    }

    public String getChallengeName() {
        return challengeName;
    }

    public Date getEarnedAt() {
        return earnedAt;
    }

    public long getBonusPoints() {
        return bonusPoints;
    }
}
