package com.broadleafloyalty.demo;

/** A start-up problem the shop explains in one sentence. */
public class DemoStartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DemoStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
