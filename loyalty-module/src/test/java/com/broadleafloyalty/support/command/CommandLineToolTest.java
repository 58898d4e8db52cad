package com.broadleafloyalty.support.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineToolTest {

    @TempDir
    Path folder;

    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    @Test
    void shouldRunTheCommandAndReturnItsStatus() throws Exception {
        Path file = Files.createFile(folder.resolve("history.csv"));
        Greeting greeting = new Greeting();

        assertThat(run(greeting, "--data", file.toString(), "--times", "3", "--skip", "0")).isEqualTo(7);
        assertThat(greeting.data).isEqualTo(file);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void shouldPrintTheUsageForHelp() {
        assertThat(run(new Greeting(), "--help")).isZero();
        assertThat(out.toString()).contains("Usage: greet").contains("--data=FILE").contains("--times=N");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void shouldRefuseBadOptionsWithOneLineAndStatusTwo() throws Exception {
        String file = Files.createFile(folder.resolve("history.csv")).toString();
        assertRefused(new String[] {"--data", file, "--colour", "red"}, "greet: Unknown options: '--colour', 'red' (see --help)");
        assertRefused(new String[] {"--times", "2"}, "greet: Missing required option: '--data=FILE' (see --help)");
        assertRefused(new String[] {"--data", folder.resolve("missing.csv").toString()}, "no such file");
        assertRefused(new String[] {"--data", folder.toString()}, "no such file");
        assertRefused(new String[] {"--data", file, "--times", "0"}, "at least 1");
        assertRefused(new String[] {"--data", file, "--skip", "-1"}, "at least 0");
        assertRefused(new String[] {"--data", file, "--times"}, "Missing required parameter");
    }

    @Test
    void shouldReportAFailedRunInOneLineWithStatusTwo() throws Exception {
        Path file = Files.createFile(folder.resolve("history.csv"));
        Greeting greeting = new Greeting();
        greeting.failure = new IllegalArgumentException("Line 2 cannot be read");

        assertThat(run(greeting, "--data", file.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("greet: Line 2 cannot be read" + System.lineSeparator());
    }

    @Test
    void shouldReportAnyOtherFailureInOneLineWithTheFailureStatus() throws Exception {
        Path file = Files.createFile(folder.resolve("history.csv"));
        Greeting greeting = new Greeting();
        greeting.failure = new IllegalStateException("the shop did not start");

        assertThat(run(greeting, "--data", file.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("greet: java.lang.IllegalStateException: the shop did not start"
                + System.lineSeparator());
    }

    private void assertRefused(String[] args, String message) {
        err.getBuffer().setLength(0);
        assertThat(run(new Greeting(), args)).isEqualTo(CommandLineTool.USAGE);
        assertThat(err.toString()).startsWith("greet: ").contains(message).endsWith(System.lineSeparator());
        assertThat(err.toString().trim()).doesNotContain("\n").doesNotContain("at com.");
    }

    private int run(Greeting command, String... args) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        return CommandLineTool.execute("greet", commandLine, new PrintWriter(err, true), 1, args);
    }

    @Command(name = "greet")
    static final class Greeting implements Callable<Integer> {

        @Option(names = "--data", required = true, paramLabel = "FILE", converter = ExistingFile.class)
        Path data;

        @Option(names = "--times", paramLabel = "N", defaultValue = "1", converter = PositiveNumber.class)
        int times;

        @Option(names = "--skip", paramLabel = "N", defaultValue = "0", converter = ZeroOrMore.class)
        int skip;

        @Mixin
        HelpOption help;

        RuntimeException failure;

        @Override
        public Integer call() {
            if (failure != null) {
                throw failure;
            }
            return times * 2 + 1 + skip;
        }
    }
}
