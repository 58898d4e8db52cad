package com.broadleafloyalty.account.core;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Reads a birth date typed by a shopper (yyyy-MM-dd, as an HTML date input sends it) and says why it is refused. */
public final class BirthDates {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private BirthDates() {
    }

    /** The date; throws {@link IllegalArgumentException} with a sentence for the shopper when it is refused. */
    public static LocalDate parse(String text, LocalDate today) {
        if (text == null || text.trim().isEmpty()) {
            throw new IllegalArgumentException("Please enter your birth date as YYYY-MM-DD.");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim(), ISO);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text.trim() + "\" is not a date: please use YYYY-MM-DD.");
        }
        if (date.isAfter(today)) {
            throw new IllegalArgumentException("A birth date cannot be in the future.");
        }
        if (date.getYear() < 1900) {
            throw new IllegalArgumentException("Please check the year of your birth date.");
        }
        return date;
    }
}
