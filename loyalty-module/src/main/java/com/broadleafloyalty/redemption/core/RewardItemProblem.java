package com.broadleafloyalty.redemption.core;

/**
 * Why a reward item cannot be offered as entered. Each problem names the field it belongs to, a message key
 * (so the admin can show it in the merchant's language) and the English text of that message.
 */
public enum RewardItemProblem {

    NAME_MISSING("name", "loyalty.reward.name.missing",
            "Enter a name for the reward item."),
    NAME_TOO_LONG("name", "loyalty.reward.name.tooLong",
            "The name of a reward item can be at most " + RewardItemRules.MAX_NAME_LENGTH + " characters long."),
    POINTS_COST_MISSING("pointsCost", "loyalty.reward.pointsCost.missing",
            "Enter how many points the reward item costs."),
    POINTS_COST_NOT_POSITIVE("pointsCost", "loyalty.reward.pointsCost.notPositive",
            "The points cost must be a whole number greater than 0."),
    TYPE_MISSING("rewardType", "loyalty.reward.type.missing",
            "Choose the type of the reward item."),
    TYPE_UNKNOWN("rewardType", "loyalty.reward.type.unknown",
            "Unknown reward type: choose fixed discount, percent discount, free shipping, free product or gift."),
    STOCK_NEGATIVE("stock", "loyalty.reward.stock.negative",
            "The stock must be a whole number of 0 or more, or left empty for unlimited stock."),
    VALUE_MISSING("rewardValue", "loyalty.reward.value.missing",
            "A discount reward needs a value: the amount off, or the percent off."),
    VALUE_NOT_POSITIVE("rewardValue", "loyalty.reward.value.notPositive",
            "The value must be a number greater than 0."),
    PERCENT_ABOVE_100("rewardValue", "loyalty.reward.value.percentAbove100",
            "A percent discount can be at most 100."),
    PRODUCT_MISSING("product", "loyalty.reward.product.missing",
            "A free product or gift reward needs the product the shopper gets."),
    /** Argument: loyalty.limit.reward.points.cost. */
    POINTS_COST_ABOVE_LIMIT("pointsCost", "loyalty.reward.pointsCost.aboveLimit",
            "The points cost can be at most {0}."),
    /** Argument: loyalty.limit.reward.stock. */
    STOCK_ABOVE_LIMIT("stock", "loyalty.reward.stock.aboveLimit",
            "The stock can be at most {0}, or left empty for unlimited stock."),
    /** Argument: loyalty.limit.reward.value. */
    VALUE_ABOVE_LIMIT("rewardValue", "loyalty.reward.value.aboveLimit",
            "The value can be at most {0}."),
    VALUE_NOT_A_NUMBER("rewardValue", "loyalty.reward.value.notANumber",
            "Type the value with the digits 0-9 and at most one point followed by up to 2 decimals, e.g. 12.50."),
    DESCRIPTION_TOO_LONG("description", "loyalty.reward.description.tooLong",
            "The description of a reward item can be at most " + com.broadleafloyalty.ledger.core.InputLimits
                    .DESCRIPTION_LENGTH + " characters long.");

    private final String field;
    private final String messageKey;
    private final String message;

    RewardItemProblem(String field, String messageKey, String message) {
        this.field = field;
        this.messageKey = messageKey;
        this.message = message;
    }

    /** The reward item property the problem is about, as the entity names it. */
    public String getField() {
        return field;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getMessage() {
        return message;
    }
}
