package com.broadleafloyalty.imports.core;

import com.broadleafloyalty.support.core.LoyaltyText;

/** A line of an import file that was not imported, and why. */
public final class RefusedLine {

    private final long lineNumber;
    private final LineProblem problem;
    private final LoyaltyText text;

    public RefusedLine(long lineNumber, LineProblem problem, Object... arguments) {
        this.lineNumber = lineNumber;
        this.problem = problem;
        this.text = LoyaltyText.of(problem.getMessageKey(), arguments);
    }

    public long getLineNumber() {
        return lineNumber;
    }

    public LineProblem getProblem() {
        return problem;
    }

    /** The reason as a message key and its arguments, for the reader's language. */
    public LoyaltyText getText() {
        return text;
    }

    @Override
    public String toString() {
        return "line " + lineNumber + ": " + problem.getCode();
    }
}
