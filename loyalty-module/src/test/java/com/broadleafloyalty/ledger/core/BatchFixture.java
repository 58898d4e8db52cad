package com.broadleafloyalty.ledger.core;

import java.time.Duration;
import java.time.Instant;

final class BatchFixture {

    static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

    private BatchFixture() {
    }

    static PointsBatch available(long id, long points, int expiresInDays) {
        return new PointsBatch(id, points, NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(expiresInDays)));
    }

    static PointsBatch neverExpiring(long id, long points) {
        return new PointsBatch(id, points, NOW.minus(Duration.ofDays(30)), null);
    }

    static PointsBatch pending(long id, long points, int availableInDays) {
        return new PointsBatch(id, points, NOW.plus(Duration.ofDays(availableInDays)),
                NOW.plus(Duration.ofDays(365)));
    }

    static PointsBatch expired(long id, long points) {
        return new PointsBatch(id, points, NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(1)));
    }
}
