package com.broadleafloyalty.recommend.core.evaluation;

/** The two ways a list is judged. */
public enum EvaluationSetting {

    /** (a) Any product may be recommended, including ones the customer bought in the training period. */
    ANY_PRODUCT("a", "any product"),
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
}
