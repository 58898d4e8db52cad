package com.broadleafloyalty.ledger.core;

import com.broadleafloyalty.support.core.LoyaltyText;

/**
 * What a ledger line says to the shopper and the admin, in their language: from the entry's type and source (the
 * stored reason is the English audit text written with the entry). Keys {@code loyalty.ledger.what.*}; an entry of
 * a source this module does not know (a merchant's own) shows its stored reason, and so does an admin's adjustment
 * (the reason the admin typed).
 */
public final class EntryDescription {

    private EntryDescription() {
    }

    /**
     * @param orderNumber the number of the entry's order, or null when it has none
     * @param reason the reason stored with the entry
     */
    public static LoyaltyText of(PointsEntryType type, String sourceType, String orderNumber, String reason) {
        String source = sourceType == null ? "" : sourceType;
        String order = orderNumber == null ? "" : orderNumber;
        if (source.startsWith("BIRTHDAY_") || source.startsWith("ANNIVERSARY_")) {
            String year = source.substring(source.indexOf('_') + 1);
            return LoyaltyText.of(source.startsWith("BIRTHDAY_") ? "loyalty.ledger.what.birthday"
                    : "loyalty.ledger.what.anniversary", year);
        }
        String key = keyOf(type, source);
        if (key == null) {
            return LoyaltyText.of("loyalty.ledger.what.other", reason == null ? "" : reason);
        }
        return LoyaltyText.of(key, order, reason == null ? "" : reason);
    }

    private static String keyOf(PointsEntryType type, String source) {
        switch (source) {
            case "ORDER":
                return type == PointsEntryType.EARN ? "loyalty.ledger.what.order" : null;
            case "REDEMPTION":
                return "loyalty.ledger.what.redeemedPoints";
            case "REWARD":
                return type == PointsEntryType.RESTORE ? "loyalty.ledger.what.rewardGivenBack"
                        : "loyalty.ledger.what.redeemedReward";
            case "CANCELLATION":
                return type == PointsEntryType.RESTORE ? "loyalty.ledger.what.pointsGivenBack"
                        : "loyalty.ledger.what.cancelled";
            case "RETURN":
                return "loyalty.ledger.what.returned";
            case "BATCH":
                return "loyalty.ledger.what.expired";
            case "ADMIN":
                return "loyalty.ledger.what.adjustment";
            case "SIGNUP":
                return "loyalty.ledger.what.signup";
            case "REFERRAL_REFERRER":
                return "loyalty.ledger.what.referrer";
            case "REFERRAL_REFEREE":
                return "loyalty.ledger.what.referee";
            case "FEEDBACK":
                return "loyalty.ledger.what.review";
            default:
                return null;
        }
    }
}
