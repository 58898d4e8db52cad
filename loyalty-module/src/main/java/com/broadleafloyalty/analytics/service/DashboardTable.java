package com.broadleafloyalty.analytics.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** A table of the dashboard: shown on the page, exported as CSV by its id. Headers are labels (message keys). */
public final class DashboardTable {

    private final String id;
    private final String titleKey;
    private final List<DashboardCell> headers;
    private final List<List<DashboardCell>> rows = new ArrayList<List<DashboardCell>>();

    public DashboardTable(String id, String titleKey, List<DashboardCell> headers) {
        this.id = id;
        this.titleKey = titleKey;
        this.headers = Collections.unmodifiableList(new ArrayList<DashboardCell>(headers));
    }

    DashboardTable row(DashboardCell... cells) {
        rows.add(Collections.unmodifiableList(Arrays.asList(cells)));
        return this;
    }

    DashboardTable row(List<DashboardCell> cells) {
        rows.add(Collections.unmodifiableList(new ArrayList<DashboardCell>(cells)));
        return this;
    }

    /** What the export URL names: {@code /loyalty-dashboard/export/<id>.csv}. */
    public String getId() {
        return id;
    }

    public String getTitleKey() {
        return titleKey;
    }

    public List<DashboardCell> getHeaders() {
        return headers;
    }

    public List<List<DashboardCell>> getRows() {
        return Collections.unmodifiableList(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
