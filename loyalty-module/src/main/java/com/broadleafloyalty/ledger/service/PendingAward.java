package com.broadleafloyalty.ledger.service;

/**
 * A checkout's award, as the checkout's rollback sees it: written already, or still waiting for the request's next
 * commit (Broadleaf's final save of the order, see {@link CommitBoundAward}).
 */
public interface PendingAward {

    /** An award that has nothing to undo: nothing to credit, or recorded by an earlier completion of the order. */
    PendingAward NOTHING_TO_UNDO = new PendingAward() {
        @Override
        public boolean cancel() {
            return false;
        }

        @Override
        public Long getWrittenEntryId() {
            return null;
        }
    };

    /** Stops an award that is not written yet from being written; true when it stopped one. */
    boolean cancel();

    /** The EARN entry this checkout wrote, or null when it wrote none (yet). */
    Long getWrittenEntryId();

    /** An award written at once. */
    static PendingAward written(PostingResult result) {
        if (result == null || result.getEntry() == null || result.isAlreadyRecorded()) {
            return NOTHING_TO_UNDO;
        }
        final Long entryId = result.getEntry().getId();
        return new PendingAward() {
            @Override
            public boolean cancel() {
                return false;
            }

            @Override
            public Long getWrittenEntryId() {
                return entryId;
            }
        };
    }
}
