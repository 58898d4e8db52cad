package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.ledger.core.PointsBatch;
import com.broadleafloyalty.ledger.domain.EarnedBatch;

import java.util.ArrayList;
import java.util.List;

/** Translates stored batches into the core's value objects. */
final class BatchMapping {

    private BatchMapping() {
    }

    static List<PointsBatch> toCore(List<EarnedBatch> batches) {
        List<PointsBatch> core = new ArrayList<PointsBatch>(batches.size());
        for (EarnedBatch batch : batches) {
            core.add(new PointsBatch(batch.getId(), batch.getRemaining(), batch.getAvailableFrom().toInstant(),
                    batch.getExpiresAt() == null ? null : batch.getExpiresAt().toInstant()));
        }
        return core;
    }

    static EarnedBatch find(List<EarnedBatch> batches, Long id) {
        for (EarnedBatch batch : batches) {
            if (batch.getId().equals(id)) {
                return batch;
            }
        }
        throw new IllegalStateException("Batch " + id + " is not among the account's open batches");
    }
}
