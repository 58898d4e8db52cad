package com.broadleafloyalty.redemption.service;

import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.core.RedemptionRate;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.redemption.core.RedemptionKind;
import com.broadleafloyalty.redemption.domain.Redemption;

/**
 * What a redemption writes to the ledger, keyed so it is written once: a cart's points by their order (source
 * REDEMPTION), a reward by its redemption (source REWARD). The keys are those of the entries written before both kinds
 * shared one table, so cancelling an older order still finds its debit.
 */
final class RedemptionPostings {

    private RedemptionPostings() {
    }

    static String sourceType(Redemption redemption) {
        return redemption.getKind() == RedemptionKind.POINTS ? PointsLedgerEntry.SOURCE_REDEMPTION
                : PointsLedgerEntry.SOURCE_REWARD;
    }

    static Long sourceId(Redemption redemption) {
        return redemption.getKind() == RedemptionKind.POINTS ? redemption.getOrderId() : redemption.getId();
    }

    /** The REDEEM of a consumed redemption; {@code rewardName} names the catalog item of a reward. */
    static Posting debit(Redemption redemption, String orderLabel, String rewardName, RedemptionRate rate) {
        Posting posting = Posting.of(redemption.getCustomerId(), PointsEntryType.REDEEM, redemption.getPoints(),
                sourceType(redemption), sourceId(redemption)).order(redemption.getOrderId());
        if (redemption.getKind() == RedemptionKind.POINTS) {
            return posting.reason("Redeemed on order " + orderLabel + " for "
                    + redemption.getAmount().setScale(2).toPlainString()).rule(rate.describe(), null);
        }
        return posting.reason("Reward \"" + rewardName + "\" on order " + orderLabel)
                .rule("reward item " + redemption.getRewardItemId() + " for " + redemption.getPoints() + " points",
                        null);
    }
}
