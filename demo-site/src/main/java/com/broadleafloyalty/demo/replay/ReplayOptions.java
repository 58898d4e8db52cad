package com.broadleafloyalty.demo.replay;

import com.broadleafloyalty.support.command.ExistingFile;
import com.broadleafloyalty.support.command.HelpOption;
import com.broadleafloyalty.support.command.PositiveNumber;
import com.broadleafloyalty.support.command.ZeroOrMore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The replay command's options. */
@Command(name = "replay", sortOptions = false, sortSynopsis = false,
        description = "Replays an order history through the demo shop's Broadleaf checkout with the loyalty module,"
                + " checks the points ledger against a calculation from the file, and compares checkout cost with"
                + " and without the module.",
        exitCodeListHeading = "Exit status:%n", exitCodeList = {"0:clean", "1:ledger mismatch or a failed checkout",
            "2:bad options, or a file that cannot be read"})
public class ReplayOptions {

    @Option(names = "--input", required = true, paramLabel = "FILE", converter = ExistingFile.class,
            description = "Order history, gzip or plain CSV in the UCI Online Retail layout.")
    Path input;

    @Option(names = "--limit", paramLabel = "N", converter = PositiveNumber.class,
            description = "Replay the first N orders (sale invoices of registered customers) only.")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--block", paramLabel = "N", converter = PositiveNumber.class,
            description = "Orders per block (default ${DEFAULT-VALUE}).")
    int block = 200;

    @Option(names = "--warmup", paramLabel = "N", converter = ZeroOrMore.class,
            description = "Orders replayed in both modes before measuring starts (default ${DEFAULT-VALUE}).")
    int warmup = 200;

    @Option(names = "--compare-every", paramLabel = "K", converter = PositiveNumber.class,
            description = "Place every K-th block again without the module, and measure it (default "
                    + "${DEFAULT-VALUE}).")
    int compareEvery = 4;

    @Option(names = "--interleave", paramLabel = "K", converter = PositiveNumber.class,
            description = "Compare a block K orders at a time, the mode that goes first alternating (default "
                    + "${DEFAULT-VALUE}; the block size compares whole blocks).")
    int interleave = 10;

    @Option(names = "--sql-samples", paramLabel = "N", converter = ZeroOrMore.class,
            description = "Checkouts whose SQL is logged with and without the module (default ${DEFAULT-VALUE}).")
    int sqlSamples = 3;

    @Mixin
    HelpOption help;

    /** The options of {@code args}; a {@link CommandLine.ParameterException} says what is wrong with them. */
    public static ReplayOptions parse(String... args) {
        ReplayOptions options = new ReplayOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    public Path getInput() {
        return input;
    }

    public int getLimit() {
        return limit;
    }

    public int getBlock() {
        return block;
    }

    public int getWarmup() {
        return warmup;
    }

    public int getCompareEvery() {
        return compareEvery;
    }

    public int getInterleave() {
        return interleave;
    }

    public int getSqlSamples() {
        return sqlSamples;
    }
}
