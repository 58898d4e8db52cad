package com.broadleafloyalty.analytics.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How a page shows a cell in the reader's locale: counts with grouping, money and decimals with two places, rates
 * as percentages with one place, NPS with one place; a missing figure as a dash. Changes carry their sign.
 */
public final class DashboardFormat {

    public static final String NO_FIGURE = "\u2013";

    private final Locale locale;
    private final DashboardMessages messages;

    public DashboardFormat(Locale locale, DashboardMessages messages) {
        this.locale = locale;
        this.messages = messages;
    }

    public String format(DashboardCell cell) {
        Object value = cell.getValue();
        if (cell.getKind() == DashboardCell.Kind.LABEL) {
            return messages.text((String) value, cell.getArguments().toArray());
        }
        if (cell.getKind() == DashboardCell.Kind.TEXT) {
            return value == null ? "" : value.toString();
        }
        if (value == null) {
            return NO_FIGURE;
        }
        String text;
        switch (cell.getKind()) {
            case COUNT:
                text = NumberFormat.getIntegerInstance(locale).format(((Number) value).longValue());
                break;
            case RATE:
                text = number(((BigDecimal) value).movePointRight(2), 1) + "\u00a0%";
                break;
            case SCORE:
                text = number((BigDecimal) value, 1);
                break;
            default:
                text = number((BigDecimal) value, 2);
        }
        return cell.isSigned() && !text.startsWith("-") && !isZero(value) ? "+" + text : text;
    }

    private String number(BigDecimal value, int places) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(places);
        format.setMaximumFractionDigits(places);
        return format.format(value.setScale(places, RoundingMode.HALF_EVEN));
    }

    private static boolean isZero(Object value) {
        return value instanceof BigDecimal ? ((BigDecimal) value).signum() == 0 : ((Number) value).longValue() == 0;
    }

    public Locale getLocale() {
        return locale;
    }
}
