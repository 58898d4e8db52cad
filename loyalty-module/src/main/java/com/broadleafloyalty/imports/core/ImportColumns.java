package com.broadleafloyalty.imports.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The columns of an import file, named by its header row (in any order, any case). */
public final class ImportColumns {

    public static final String CUSTOMER = "customer";
    public static final String POINTS = "points";
    public static final String EXPIRES_AT = "expires_at";
    public static final String REASON = "reason";

    /** Every column a header may name; all but {@link #EXPIRES_AT} are required. */
    public static final List<String> ALL = Collections.unmodifiableList(
            Arrays.asList(CUSTOMER, POINTS, EXPIRES_AT, REASON));
    public static final List<String> REQUIRED = Collections.unmodifiableList(Arrays.asList(CUSTOMER, POINTS, REASON));

    private ImportColumns() {
    }
}
