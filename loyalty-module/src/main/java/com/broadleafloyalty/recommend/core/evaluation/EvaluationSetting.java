package com.broadleafloyalty.recommend.core.evaluation;

/**
 * The ways a list is judged: the settings (a) and (b), and setting (a)'s list split, as in Li et al.'s "A
 * Next Basket Recommendation Reality Check" (TOIS 2023), into the products the customer bought before (repeat) and
 * the others (explore), because repeat purchases dominate this kind of shop and hide how well a model explores.
 */
public enum EvaluationSetting {

    /** (a) Any product may be recommended, including ones the customer bought in the training period. */
    ANY_PRODUCT("a", "any product"),
    /** Setting (a)'s list, judged against the test products the customer bought in the training period too. */
    REPEAT_ITEMS("a", "repeat items"),
    /** Setting (a)'s list, judged against the test products the customer never bought in the training period. */
    EXPLORE_ITEMS("a", "explore items"),
    /** (b) Products bought in the training period are removed from both the list and the truth: discovery only. */
    NEW_PRODUCTS_ONLY("b", "new products only");

    private final String code;
    private final String description;

    EvaluationSetting(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String getCode() {
        return code;
    }

    public String getDescription() {
        return description;
    }

    /** Whether this is one of the two settings, which carry the targets. */
    public boolean hasTarget() {
        return this == ANY_PRODUCT || this == NEW_PRODUCTS_ONLY;
    }
}
