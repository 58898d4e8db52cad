package com.broadleafloyalty.audit.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A filter of the audit log, as the admin types it: an admin login (exact, case-insensitive), a kind, a first and a
 * last day (both included, UTC) and a page of {@link #PAGE_SIZE} rows, newest first. Every part may be empty.
 */
public final class AuditQuery {

    public static final int PAGE_SIZE = 50;
    static final int MAX_LOGIN_LENGTH = 255;

    private final String adminLogin;
    private final AuditKind kind;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final int page;

    private AuditQuery(String adminLogin, AuditKind kind, LocalDate firstDay, LocalDate lastDay, int page) {
        this.adminLogin = adminLogin;
        this.kind = kind;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.page = page;
    }

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, 1);
    }

    /**
     * Reads the filter's fields; a date that is not yyyy-MM-dd, a last day before the first, an unknown kind or a page
     * that is not a positive whole number is refused with a message key naming what was typed.
     */
    public static AuditQuery parse(String adminLogin, String kind, String firstDay, String lastDay, String page) {
        String login = blankToNull(adminLogin);
        if (login != null && login.length() > MAX_LOGIN_LENGTH) {
            throw new AuditQueryRefusedException("loyalty.audit.filter.loginTooLong", MAX_LOGIN_LENGTH);
        }
        AuditKind chosenKind = null;
        if (blankToNull(kind) != null) {
            chosenKind = AuditKind.named(kind);
            if (chosenKind == null) {
                throw new AuditQueryRefusedException("loyalty.audit.filter.unknownKind", kind.trim());
            }
        }
        LocalDate first = day(firstDay);
        LocalDate last = day(lastDay);
        if (first != null && last != null && last.isBefore(first)) {
            throw new AuditQueryRefusedException("loyalty.audit.filter.badRange", firstDay.trim(), lastDay.trim());
        }
        return new AuditQuery(login, chosenKind, first, last, pageNumber(page));
    }

    private static LocalDate day(String text) {
        String day = blankToNull(text);
        if (day == null) {
            return null;
        }
        try {
            if (!day.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw new DateTimeParseException("not yyyy-MM-dd", day, 0);
            }
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new AuditQueryRefusedException("loyalty.audit.filter.badDate", day);
        }
    }

    private static int pageNumber(String text) {
        String page = blankToNull(text);
        if (page == null) {
            return 1;
        }
        if (!page.matches("[0-9]{1,6}") || Integer.parseInt(page) < 1) {
            throw new AuditQueryRefusedException("loyalty.audit.filter.badPage", page);
        }
        return Integer.parseInt(page);
    }

    private static String blankToNull(String text) {
        return text == null || text.trim().isEmpty() ? null : text.trim();
    }

    /** The same filter on another page. */
    public AuditQuery onPage(int number) {
        return new AuditQuery(adminLogin, kind, firstDay, lastDay, Math.max(1, number));
    }

    public String getAdminLogin() {
        return adminLogin;
    }

    public AuditKind getKind() {
        return kind;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public int getPage() {
        return page;
    }

    public int getOffset() {
        return (page - 1) * PAGE_SIZE;
    }
}
