package com.broadleafloyalty.imports.core;

import com.broadleafloyalty.ledger.core.AmountRefusedException;
import com.broadleafloyalty.ledger.core.InputLimits;
import com.broadleafloyalty.ledger.core.PointsAmount;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import accepts, line by line, before anyone is looked up: a customer that is an id or an email, points from
 * 1 to the adjustment limit (an import only adds points: a migrated balance is never negative, and a debit could fail
 * half-way for want of points), an optional ISO expiry date not before the import's day, a reason of at most the
 * ledger's length, and no line repeating an earlier one.
 */
public final class ImportLineRules {

    private final PointsAmount points;

    public ImportLineRules(long pointsLimit) {
        this.points = PointsAmount.positive(pointsLimit);
    }

    /** Sorts the file's lines into accepted and refused ones; {@code today} is the import's day. */
    public ImportCheck check(List<RawLine> lines, LocalDate today) {
        List<ImportLine> accepted = new ArrayList<ImportLine>();
        List<RefusedLine> refused = new ArrayList<RefusedLine>();
        Map<String, Long> seen = new HashMap<String, Long>();
        for (RawLine raw : lines) {
            Object verdict = check(raw, today);
            if (verdict instanceof RefusedLine) {
                refused.add((RefusedLine) verdict);
                continue;
            }
            ImportLine line = (ImportLine) verdict;
            Long first = seen.putIfAbsent(line.identity(), line.getLineNumber());
            if (first != null) {
                refused.add(new RefusedLine(line.getLineNumber(), LineProblem.DUPLICATE_LINE, first));
            } else {
                accepted.add(line);
            }
        }
        return new ImportCheck(accepted, refused);
    }

    /** An {@link ImportLine}, or the {@link RefusedLine} saying what is wrong with the first bad value. */
    Object check(RawLine raw, LocalDate today) {
        long n = raw.getLineNumber();
        if (raw.getValues() > raw.getColumns()) {
            return new RefusedLine(n, LineProblem.EXTRA_VALUES, raw.getValues(), raw.getColumns());
        }
        if (blank(raw.getCustomer())) {
            return new RefusedLine(n, LineProblem.MISSING_COLUMN, ImportColumns.CUSTOMER);
        }
        if (blank(raw.getPoints())) {
            return new RefusedLine(n, LineProblem.MISSING_COLUMN, ImportColumns.POINTS);
        }
        if (blank(raw.getReason())) {
            return new RefusedLine(n, LineProblem.MISSING_COLUMN, ImportColumns.REASON);
        }
        CustomerReference customer = CustomerReference.parse(raw.getCustomer());
        if (customer == null) {
            return new RefusedLine(n, LineProblem.UNKNOWN_CUSTOMER, raw.getCustomer().trim());
        }
        long amount;
        try {
            amount = points.parse(raw.getPoints());
        } catch (AmountRefusedException e) {
            switch (e.getProblem()) {
                case NEGATIVE:
                case ZERO:
                    return new RefusedLine(n, LineProblem.NOT_POSITIVE, raw.getPoints().trim());
                case ABOVE_LIMIT:
                    return new RefusedLine(n, LineProblem.ABOVE_LIMIT, points.getLimit());
                default:
                    return new RefusedLine(n, LineProblem.BAD_NUMBER, raw.getPoints().trim());
            }
        }
        LocalDate expiresOn = null;
        if (!blank(raw.getExpiresAt())) {
            String text = raw.getExpiresAt().trim();
            try {
                expiresOn = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return new RefusedLine(n, LineProblem.BAD_DATE, text);
            }
            if (expiresOn.isBefore(today)) {
                return new RefusedLine(n, LineProblem.EXPIRY_IN_PAST, text);
            }
        }
        String reason = raw.getReason().trim();
        if (reason.length() > InputLimits.REASON_LENGTH) {
            return new RefusedLine(n, LineProblem.REASON_TOO_LONG, InputLimits.REASON_LENGTH, reason.length());
        }
        return new ImportLine(n, customer, amount, expiresOn, reason);
    }

    private static boolean blank(String value) {
        return value == null || value.trim().isEmpty();
    }
}
