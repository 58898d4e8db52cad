package com.broadleafloyalty.feedback.core;

/** A feedback answer that is not accepted; the message is a sentence for the shopper. */
public class FeedbackRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FeedbackRefusedException(String message) {
        super(message);
    }
}
