package com.broadleafloyalty.support.command;

import picocli.CommandLine;

/** A whole number of at least 1. */
public final class PositiveNumber implements CommandLine.ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        return WholeNumber.atLeast(1, value);
    }
}
