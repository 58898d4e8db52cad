package com.broadleafloyalty.challenge.service;

import com.broadleafloyalty.support.core.LoyaltyText;

/** One open challenge as the shopper sees it: name, progress (percent and sentence), window, badge, bonus. */
public final class ChallengeStatus {

    private final Long challengeId;
    private final String name;
    private final String description;
    private final String badgeKey;
    private final int percent;
    private final LoyaltyText progressText;
    private final LoyaltyText windowText;
    private final long bonusPoints;

    public ChallengeStatus(Long challengeId, String name, String description, String badgeKey, int percent,
            LoyaltyText progressText, LoyaltyText windowText, long bonusPoints) {
        this.challengeId = challengeId;
        this.name = name;
        this.description = description;
        this.badgeKey = badgeKey;
        this.percent = percent;
        this.progressText = progressText;
        this.windowText = windowText;
        this.bonusPoints = bonusPoints;
    }

    public Long getChallengeId() {
        return challengeId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getBadgeKey() {
        return badgeKey;
    }

    public int getPercent() {
        return percent;
    }

    public LoyaltyText getProgressText() {
        return progressText;
    }

    public LoyaltyText getWindowText() {
        return windowText;
    }

    public long getBonusPoints() {
        return bonusPoints;
    }
}
