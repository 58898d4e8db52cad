package com.broadleafloyalty.tier.core;

import java.math.BigDecimal;
import java.util.Arrays;

/** The demo's ladder: Bronze from the start, Silver, Gold, VIP. */
final class TierFixture {

    static final TierDefinition BRONZE = TierDefinition.of("Bronze", 0, "0", "1", "Member prices");
    static final TierDefinition SILVER = TierDefinition.of("Silver", 500, "500.00", "1.25", "Free shipping over 50");
    static final TierDefinition GOLD = TierDefinition.of("Gold", 1000, "1000.00", "1.5", "Free shipping", "Early sales");
    static final TierDefinition VIP = TierDefinition.of("VIP", 2500, "2500.00", "2", "Personal shopper");

    private TierFixture() {
    }

    static TierLadder ladder() {
        return TierLadder.of(Arrays.asList(VIP, SILVER, BRONZE, GOLD));
    }

    static QualifyingActivity activity(long points, String spend) {
        return new QualifyingActivity(points, new BigDecimal(spend));
    }
}
