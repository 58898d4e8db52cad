package com.broadleafloyalty.analytics.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * A dashboard table as CSV (RFC 4180: comma-separated, CRLF, fields quoted when they hold a comma, quote or line
 * break): headers in the reader's language, raw values (rates as fractions 0-1, money with its decimals, empty for
 * no figure). Text a merchant typed (tier and reward names) that starts like a spreadsheet formula is prefixed with
 * an apostrophe, so opening the file never runs it. Hand-written rather than a CSV library: the few lines below keep
 * newer commons-io and commons-codec (which Apache Commons CSV brings) off Broadleaf 3.1's classpath.
 */
public final class DashboardCsv {

    private static final String LINE = "\r\n";

    private DashboardCsv() {
    }

    public static String write(DashboardTable table, DashboardMessages messages) {
        StringBuilder csv = new StringBuilder();
        DashboardFormat labels = new DashboardFormat(java.util.Locale.ROOT, messages);
        line(csv, table.getHeaders(), labels);
        for (List<DashboardCell> row : table.getRows()) {
            line(csv, row, labels);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<DashboardCell> cells, DashboardFormat labels) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(cells.get(i), labels));
        }
        csv.append(LINE);
    }

    static String field(DashboardCell cell, DashboardFormat labels) {
        Object value = cell.getValue();
        String text;
        if (cell.isLabel()) {
            text = labels.format(cell);
        } else if (value == null) {
            return "";
        } else if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        } else if (value instanceof Number) {
            return value.toString();
        } else {
            text = value.toString();
            if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                text = "'" + text;
            }
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
