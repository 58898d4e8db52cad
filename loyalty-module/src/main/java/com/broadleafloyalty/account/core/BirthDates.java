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

    /** The date; throws {@link BirthDateRefusedException} with the reason for the shopper when it is refused. */
    public static LocalDate parse(String text, LocalDate today) {
        if (text == null || text.trim().isEmpty()) {
            throw new BirthDateRefusedException("loyalty.birthDate.missing");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim(), ISO);
        } catch (DateTimeParseException e) {
            throw new BirthDateRefusedException("loyalty.birthDate.notADate", text.trim());
        }
        if (date.isAfter(today)) {
            throw new BirthDateRefusedException("loyalty.birthDate.future");
        }
        if (date.getYear() < 1900) {
            throw new BirthDateRefusedException("loyalty.birthDate.tooEarly");
        }
        return date;
    }
}
