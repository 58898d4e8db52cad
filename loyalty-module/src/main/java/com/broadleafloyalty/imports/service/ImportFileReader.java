package com.broadleafloyalty.imports.service;

import com.broadleafloyalty.imports.core.ImportColumns;
import com.broadleafloyalty.imports.core.ImportFileRefusedException;
import com.broadleafloyalty.imports.core.RawLine;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an import file (UTF-8, an optional byte order mark, RFC 4180 CSV by commons-csv) into its lines. The header
 * row names the columns in any order and case; empty lines are skipped. A file that is not UTF-8 or not CSV, lacks a
 * required column, names an unknown one, or has more than {@code maxLines} lines is refused whole.
 */
public class ImportFileReader {

    private final int maxLines;

    public ImportFileReader(int maxLines) {
        this.maxLines = maxLines;
    }

    public List<RawLine> read(byte[] file) {
        String text = decode(file);
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
                .get();
        List<RawLine> lines = new ArrayList<RawLine>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = header(record);
                    continue;
                }
                if (lines.size() == maxLines) {
                    throw new ImportFileRefusedException("loyalty.import.file.tooManyLines", maxLines);
                }
                lines.add(new RawLine(record.getRecordNumber(), value(record, columns, ImportColumns.CUSTOMER),
                        value(record, columns, ImportColumns.POINTS), value(record, columns, ImportColumns.EXPIRES_AT),
                        value(record, columns, ImportColumns.REASON), record.size(), columns.size()));
            }
            if (columns == null) {
                throw new ImportFileRefusedException("loyalty.import.file.empty");
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports a broken quote (an unterminated or misplaced '"') this way.
            throw new ImportFileRefusedException("loyalty.import.file.notCsv", parserLine(e));
        }
        return lines;
    }

    private static String decode(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportFileRefusedException("loyalty.import.file.notUtf8");
        }
    }

    private static Map<String, Integer> header(CSVRecord record) {
        Map<String, Integer> columns = new HashMap<String, Integer>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).trim().toLowerCase(Locale.ROOT);
            if (!ImportColumns.ALL.contains(name)) {
                throw new ImportFileRefusedException("loyalty.import.file.unknownColumn", record.get(i).trim(),
                        String.join(", ", ImportColumns.ALL));
            }
            if (columns.put(name, i) != null) {
                throw new ImportFileRefusedException("loyalty.import.file.repeatedColumn", name);
            }
        }
        for (String required : ImportColumns.REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new ImportFileRefusedException("loyalty.import.file.missingColumn", required);
            }
        }
        return columns;
    }

    private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? null : record.get(index);
    }

    /** The line commons-csv names in its message, or 0 when it names none. */
    private static long parserLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
        return line.find() ? Long.parseLong(line.group(1)) : 0L;
    }
}
