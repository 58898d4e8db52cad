package com.broadleafloyalty.audit.core;

import java.util.List;

/**
 * Rows as CSV (RFC 4180: comma-separated, CRLF, a field quoted when it holds a comma, quote or line break). Any field
 * that starts like a spreadsheet formula (=, +, -, @, tab, carriage return; a plain negative number aside) is
 * prefixed with an apostrophe: audit
 * rows carry text that admins and shoppers typed, and opening the export must never run it. Hand-written, like the
 * dashboard's export, to keep Commons CSV's newer commons-io off Broadleaf 3.1's classpath.
 */
public final class AuditCsv {

    private static final String LINE = "\r\n";

    private AuditCsv() {
    }

    public static String line(List<String> fields) {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        return csv.append(LINE).toString();
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean formula = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9]+(\\.[0-9]+)?");
        String text = formula ? "'" + value : value;
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
