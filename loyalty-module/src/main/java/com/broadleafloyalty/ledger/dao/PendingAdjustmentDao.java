package com.broadleafloyalty.ledger.dao;

import com.broadleafloyalty.ledger.domain.PendingAdjustment;

import java.util.List;

public interface PendingAdjustmentDao {

    PendingAdjustment insert(PendingAdjustment adjustment);

    /** The row as the database has it now (re-read, not from this transaction's cache). */
    PendingAdjustment readFresh(Long id);

    /** Requests still waiting, oldest first; of one customer when {@code customerId} is not null. */
    List<PendingAdjustment> readPending(Long customerId, int limit);
}
