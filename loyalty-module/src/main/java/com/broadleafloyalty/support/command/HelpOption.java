package com.broadleafloyalty.support.command;

import picocli.CommandLine;

/** {@code -h}/{@code --help} for every command (a mixin: {@code @Mixin HelpOption help;}). */
public final class HelpOption {

    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this help and exit.")
    boolean help;
}
