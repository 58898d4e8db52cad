package com.broadleafloyalty.challenge.service;

import java.util.Collections;
import java.util.List;

/** What a checkout's evaluation granted, or will grant with the order's commit; a failed checkout undoes it. */
public interface PendingGrants {

    PendingGrants NOTHING = new PendingGrants() {
        @Override
        public boolean cancel() {
            return true;
        }

        @Override
        public List<Long> writtenCompletionIds() {
            return Collections.emptyList();
        }
    };

    /** Stops grants not written yet; false when they were written (then undo {@link #writtenCompletionIds}). */
    boolean cancel();

    List<Long> writtenCompletionIds();
}
