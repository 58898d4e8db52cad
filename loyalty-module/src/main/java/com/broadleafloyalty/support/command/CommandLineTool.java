package com.broadleafloyalty.support.command;

import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * Runs a command-line tool written with picocli the same way for every command: {@code --help} prints the usage and
 * exits 0; a bad option prints one line ({@code name: what is wrong (see --help)}) on stderr and exits 2; a run that
 * cannot go on prints one line too, never a stack trace, and exits 2 for bad input (a file that cannot be read, a
 * malformed line: {@link IllegalArgumentException}, {@link IOException}) and the command's failure status for anything
 * else. Otherwise the exit status is what the command returns.
 */
public final class CommandLineTool {

    /** Bad options or input the command cannot run on. */
    public static final int USAGE = 2;

    private CommandLineTool() {
    }

    /** For a command whose every failure is bad input (exit 2). */
    public static int execute(String name, Callable<Integer> command, String... args) {
        return execute(name, command, USAGE, args);
    }

    public static int execute(String name, Callable<Integer> command, int failureStatus, String... args) {
        return execute(name, new CommandLine(command), new PrintWriter(System.err, true), failureStatus, args);
    }

    static int execute(String name, CommandLine commandLine, PrintWriter err, int failureStatus, String... args) {
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((error, arguments) -> {
            err.println(name + ": " + error.getMessage() + " (see --help)");
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((error, line, parsed) -> {
            boolean badInput = error instanceof IllegalArgumentException || error instanceof IOException;
            err.println(name + ": " + (error.getMessage() == null || !badInput ? error.toString() : error.getMessage()));
            return badInput ? USAGE : failureStatus;
        });
        return commandLine.execute(args);
    }
}
