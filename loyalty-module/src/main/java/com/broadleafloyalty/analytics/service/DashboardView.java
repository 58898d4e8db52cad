package com.broadleafloyalty.analytics.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** The dashboard's tables formatted for a page in the reader's language: what the admin page and the report show. */
public final class DashboardView {

    private final String id;
    private final String title;
    private final List<String> headers;
    private final List<List<Cell>> rows;

    private DashboardView(String id, String title, List<String> headers, List<List<Cell>> rows) {
        this.id = id;
        this.title = title;
        this.headers = headers;
        this.rows = rows;
    }

    public static List<DashboardView> of(Collection<DashboardTable> tables, DashboardFormat format,
            DashboardMessages messages) {
        List<DashboardView> views = new ArrayList<DashboardView>();
        for (DashboardTable table : tables) {
            List<String> headers = new ArrayList<String>();
            for (DashboardCell header : table.getHeaders()) {
                headers.add(format.format(header));
            }
            List<List<Cell>> rows = new ArrayList<List<Cell>>();
            for (List<DashboardCell> row : table.getRows()) {
                List<Cell> cells = new ArrayList<Cell>();
                for (DashboardCell cell : row) {
                    cells.add(new Cell(format.format(cell), cell.getKind() != DashboardCell.Kind.TEXT
                            && cell.getKind() != DashboardCell.Kind.LABEL, cell.getShade()));
                }
                rows.add(Collections.unmodifiableList(cells));
            }
            views.add(new DashboardView(table.getId(), messages.text(table.getTitleKey()),
                    Collections.unmodifiableList(headers), Collections.unmodifiableList(rows)));
        }
        return views;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public List<String> getHeaders() {
        return headers;
    }

    public List<List<Cell>> getRows() {
        return rows;
    }

    /** A formatted cell: its text, whether it is a number (right-aligned), and its heat (0-1) for rates. */
    public static final class Cell {

        private final String text;
        private final boolean numeric;
        private final double shade;

        Cell(String text, boolean numeric, double shade) {
            this.text = text;
            this.numeric = numeric;
            this.shade = shade;
        }

        public String getText() {
            return text;
        }

        public boolean isNumeric() {
            return numeric;
        }

        public double getShade() {
            return shade;
        }

        /** The cohort heat map's background: a blue whose opacity is the share. */
        public String getHeatStyle() {
            return shade <= 0 ? "" : String.format(java.util.Locale.ROOT, "background-color: rgba(38, 110, 200, %.2f);"
                    + "%s", shade * 0.85, shade > 0.5 ? " color: #fff;" : "");
        }
    }
}
