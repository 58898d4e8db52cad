package com.broadleafloyalty.support.command;

import picocli.CommandLine;

/** A whole number of at least 0. */
public final class ZeroOrMore implements CommandLine.ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        return WholeNumber.atLeast(0, value);
    }
}
