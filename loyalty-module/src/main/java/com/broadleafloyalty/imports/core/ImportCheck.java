package com.broadleafloyalty.imports.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A file's lines sorted by {@link ImportLineRules}: those to import and those refused, each in file order. */
public final class ImportCheck {

    private final List<ImportLine> accepted;
    private final List<RefusedLine> refused;

    ImportCheck(List<ImportLine> accepted, List<RefusedLine> refused) {
        this.accepted = Collections.unmodifiableList(new ArrayList<ImportLine>(accepted));
        this.refused = Collections.unmodifiableList(new ArrayList<RefusedLine>(refused));
    }

    public List<ImportLine> getAccepted() {
        return accepted;
    }

    public List<RefusedLine> getRefused() {
        return refused;
    }
}
