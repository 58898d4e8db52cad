package com.broadleafloyalty.support.command;

import picocli.CommandLine;

final class WholeNumber {

    private WholeNumber() {
    }

    static int atLeast(int minimum, String value) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= minimum) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, with the same words
        }
        throw new CommandLine.TypeConversionException("a whole number of at least " + minimum + " is needed, got '"
                + value + "'");
    }
}
