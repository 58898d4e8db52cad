package com.broadleafloyalty.imports.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an import did, or in a dry run would do: lines read, lines imported now, lines a previous import of the same
 * file already imported, and the refused lines with their reasons. Good lines are imported even when others are
 * refused; a refused line can be corrected and sent again in a new file.
 */
public final class ImportReport {

    private final boolean dryRun;
    private final int lines;
    private final int imported;
    private final long pointsImported;
    private final int alreadyImported;
    private final List<RefusedLine> refused;

    public ImportReport(boolean dryRun, int lines, int imported, long pointsImported, int alreadyImported,
            List<RefusedLine> refused) {
        this.dryRun = dryRun;
        this.lines = lines;
        this.imported = imported;
        this.pointsImported = pointsImported;
        this.alreadyImported = alreadyImported;
        List<RefusedLine> sorted = new ArrayList<RefusedLine>(refused);
        sorted.sort((a, b) -> Long.compare(a.getLineNumber(), b.getLineNumber()));
        this.refused = Collections.unmodifiableList(sorted);
    }

    /** True when nothing was written: {@link #getImported()} is what an import would write. */
    public boolean isDryRun() {
        return dryRun;
    }

    /** Data lines read (the header not counted). */
    public int getLines() {
        return lines;
    }

    public int getImported() {
        return imported;
    }

    public long getPointsImported() {
        return pointsImported;
    }

    public int getAlreadyImported() {
        return alreadyImported;
    }

    /** In line order. */
    public List<RefusedLine> getRefused() {
        return refused;
    }
}
