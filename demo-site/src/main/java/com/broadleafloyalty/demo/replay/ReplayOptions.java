package com.broadleafloyalty.demo.replay;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The replay command's options. */
public final class ReplayOptions {

    static final String USAGE = "usage: replay --input FILE [--limit N] [--block N] [--warmup N] [--compare-every K]"
            + " [--interleave K] [--sql-samples N]\n"
            + "  --input FILE      order history, gzip or plain CSV in the UCI Online Retail layout\n"
            + "  --limit N         replay the first N orders (sale invoices of registered customers) only\n"
            + "  --block N         orders per block (default 200)\n"
            + "  --warmup N        orders replayed in both modes before measuring starts (default 200)\n"
            + "  --compare-every K place every K-th block again without the module, and measure it (default 4)\n"
            + "  --interleave K    compare a block K orders at a time, the mode that goes first alternating (default\n"
            + "                    10; the block size compares whole blocks)\n"
            + "  --sql-samples N   checkouts whose SQL is logged with and without the module (default 3)";

    Path input;
    int limit = Integer.MAX_VALUE;
    int block = 200;
    int warmup = 200;
    int compareEvery = 4;
    int interleave = 10;
    int sqlSamples = 3;

    public static ReplayOptions parse(String... args) {
        ReplayOptions options = new ReplayOptions();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + name);
            }
            String value = args[++i];
            if ("--input".equals(name)) {
                options.input = Paths.get(value);
            } else if ("--limit".equals(name)) {
                options.limit = number(name, value, 1);
            } else if ("--block".equals(name)) {
                options.block = number(name, value, 1);
            } else if ("--warmup".equals(name)) {
                options.warmup = number(name, value, 0);
            } else if ("--compare-every".equals(name)) {
                options.compareEvery = number(name, value, 1);
            } else if ("--interleave".equals(name)) {
                options.interleave = number(name, value, 1);
            } else if ("--sql-samples".equals(name)) {
                options.sqlSamples = number(name, value, 0);
            } else {
                throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (options.input == null) {
            throw new IllegalArgumentException("--input FILE is required");
        }
        if (!Files.isReadable(options.input)) {
            throw new IllegalArgumentException("cannot read " + options.input);
        }
        return options;
    }

    private static int number(String name, String value, int minimum) {
        try {
            int number = Integer.parseInt(value);
            if (number >= minimum) {
                return number;
            }
        } catch (NumberFormatException e) {
            // explained below
        }
        throw new IllegalArgumentException(name + " takes a whole number of at least " + minimum + ", got " + value);
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
