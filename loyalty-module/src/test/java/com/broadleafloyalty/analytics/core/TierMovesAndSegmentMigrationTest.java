package com.broadleafloyalty.analytics.core;

import com.broadleafloyalty.tier.core.TierDefinition;
import com.broadleafloyalty.tier.core.TierLadder;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TierMovesAndSegmentMigrationTest {

    @Test
    void shouldCountMovesUpDownAndIntoAFirstTier() {
        TierLadder ladder = TierLadder.of(Arrays.asList(tier(1L, "Bronze", 0), tier(2L, "Silver", 50),
                tier(3L, "Gold", 150)));

        TierMoves moves = new TierMoves()
                .add("Bronze", "Gold", 2, ladder)
                .add("silver", "Gold", 1, ladder) // names ignore case
                .add("Gold", "Silver", 3, ladder)
                .add("Silver", null, 1, ladder) // out of every tier
                .add(null, "Bronze", 5, ladder)
                .add("Platinum", "Gold", 4, ladder); // no longer defined: neither

        assertThat(moves.getUp()).isEqualTo(3);
        assertThat(moves.getDown()).isEqualTo(4);
        assertThat(moves.getJoined()).isEqualTo(5);
    }

    @Test
    void shouldCountCustomersBySegmentBeforeAndNow() {
        Map<Long, String> before = new HashMap<Long, String>();
        before.put(1L, "NEW_CUSTOMERS");
        before.put(2L, "LOYAL");
        before.put(3L, "LOYAL");
        Map<Long, String> now = new HashMap<Long, String>();
        now.put(1L, "LOYAL");
        now.put(2L, "LOYAL");
        now.put(3L, "AT_RISK");
        now.put(4L, "NEW_CUSTOMERS");

        SegmentMigration migration = SegmentMigration.between(before, now);

        assertThat(migration.getMoves().get("NEW_CUSTOMERS")).containsEntry("LOYAL", 1L);
        assertThat(migration.getMoves().get("LOYAL")).containsEntry("LOYAL", 1L).containsEntry("AT_RISK", 1L);
        assertThat(migration.getMoves().get(OrderKpis.UNASSIGNED)).containsEntry("NEW_CUSTOMERS", 1L);
        assertThat(migration.stayed()).isEqualTo(1);
        assertThat(SegmentMigration.countBy(now)).containsEntry("LOYAL", 2L).containsEntry("AT_RISK", 1L);
    }

    @Test
    void shouldHaveNoMovesWithoutCustomers() {
        SegmentMigration migration = SegmentMigration.between(new HashMap<Long, String>(),
                new HashMap<Long, String>());

        assertThat(migration.getMoves()).isEmpty();
        assertThat(migration.stayed()).isZero();
    }

    private static TierDefinition tier(Long id, String name, long points) {
        return new TierDefinition(id, name, points, BigDecimal.valueOf(points * 10), BigDecimal.ONE, null);
    }
}
