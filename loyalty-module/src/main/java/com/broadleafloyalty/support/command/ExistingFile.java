package com.broadleafloyalty.support.command;

import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** An option naming a file that must exist and be readable when the command starts. */
public final class ExistingFile implements CommandLine.ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        Path path = Paths.get(value);
        if (!Files.isRegularFile(path)) {
            throw new CommandLine.TypeConversionException("no such file " + value);
        }
        if (!Files.isReadable(path)) {
            throw new CommandLine.TypeConversionException("cannot read " + value);
        }
        return path;
    }
}
