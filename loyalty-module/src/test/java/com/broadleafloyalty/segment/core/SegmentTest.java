package com.broadleafloyalty.segment.core;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SegmentTest {

    @Test
    void shouldMapTheDocumentedTableRows() {
        assertThat(segment(5, 5, 5)).isEqualTo(Segment.CHAMPIONS);
        assertThat(segment(4, 4, 4)).isEqualTo(Segment.CHAMPIONS);
        assertThat(segment(5, 5, 3)).isEqualTo(Segment.LOYAL);
        assertThat(segment(3, 5, 5)).isEqualTo(Segment.LOYAL);
        assertThat(segment(5, 3, 5)).isEqualTo(Segment.POTENTIAL_LOYALISTS);
        assertThat(segment(4, 3, 1)).isEqualTo(Segment.POTENTIAL_LOYALISTS);
        assertThat(segment(4, 2, 5)).isEqualTo(Segment.NEW_CUSTOMERS);
        assertThat(segment(5, 1, 5)).isEqualTo(Segment.NEW_CUSTOMERS);
        assertThat(segment(3, 3, 3)).isEqualTo(Segment.NEED_ATTENTION);
        assertThat(segment(3, 1, 1)).isEqualTo(Segment.NEED_ATTENTION);
        assertThat(segment(1, 5, 5)).isEqualTo(Segment.CANT_LOSE_THEM);
        assertThat(segment(1, 4, 1)).isEqualTo(Segment.CANT_LOSE_THEM);
        assertThat(segment(2, 5, 5)).isEqualTo(Segment.AT_RISK);
        assertThat(segment(1, 3, 2)).isEqualTo(Segment.AT_RISK);
        assertThat(segment(2, 2, 5)).isEqualTo(Segment.HIBERNATING);
        assertThat(segment(2, 1, 1)).isEqualTo(Segment.HIBERNATING);
        assertThat(segment(1, 2, 1)).isEqualTo(Segment.LOST);
        assertThat(segment(1, 1, 5)).isEqualTo(Segment.LOST);
    }

    @Test
    void shouldPutEveryScoreInOneSegmentAndUseEverySegment() {
        Set<Segment> used = EnumSet.noneOf(Segment.class);
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    used.add(segment(r, f, m));
                }
            }
        }
        assertThat(used).containsExactlyInAnyOrder(Segment.values());
    }

    @Test
    void shouldFindASegmentByDisplayNameOrConstantIgnoringCase() {
        assertThat(Segment.named("At risk")).isEqualTo(Segment.AT_RISK);
        assertThat(Segment.named(" champions ")).isEqualTo(Segment.CHAMPIONS);
        assertThat(Segment.named("CANT_LOSE_THEM")).isEqualTo(Segment.CANT_LOSE_THEM);
        assertThat(Segment.named("Can't lose them")).isEqualTo(Segment.CANT_LOSE_THEM);
    }

    @Test
    void shouldRefuseAnUnknownSegmentNameListingTheKnownOnes() {
        assertThatThrownBy(() -> Segment.named("Whales")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Whales").hasMessageContaining("Champions").hasMessageContaining("Lost");
        assertThatThrownBy(() -> Segment.named(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseScoresOutsideOneToFive() {
        assertThatThrownBy(() -> new RfmScore(0, 3, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recency");
        assertThatThrownBy(() -> new RfmScore(3, 6, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("frequency");
    }

    private static Segment segment(int r, int f, int m) {
        return Segment.of(new RfmScore(r, f, m));
    }
}
