package com.broadleafloyalty.ledger.core;

import java.util.Arrays;

/**
 * Typed text that is not an acceptable amount: the problem (a message key) and the arguments of its message. The
 * caller refuses the request and changes nothing.
 */
public class AmountRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final AmountProblem problem;
    private final Object[] arguments;

    public AmountRefusedException(AmountProblem problem, Object... arguments) {
        super(problem.getMessageKey() + Arrays.toString(arguments));
        this.problem = problem;
        this.arguments = arguments.clone();
    }

    public AmountProblem getProblem() {
        return problem;
    }

    public String getMessageKey() {
        return problem.getMessageKey();
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
