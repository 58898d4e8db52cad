package com.broadleafloyalty.support.core;

/**
 * A request the loyalty rules refuse, with the reason as a {@link LoyaltyText} so the refusal reaches the shopper or
 * admin in their language. Nothing was changed. Each slice keeps its own subclass (the type callers catch);
 * {@link #getMessage()} is the key and arguments, for logs.
 */
public class LoyaltyRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final LoyaltyText text;

    public LoyaltyRefusal(String messageKey, Object... arguments) {
        this(LoyaltyText.of(messageKey, arguments));
    }

    public LoyaltyRefusal(LoyaltyText text) {
        super(text.toString());
        this.text = text;
    }

    public LoyaltyText getText() {
        return text;
    }

    public String getMessageKey() {
        return text.getKey();
    }

    public Object[] getArguments() {
        return text.getArguments();
    }
}
