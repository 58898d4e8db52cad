package com.broadleafloyalty.support.persistence;

import com.broadleafloyalty.test.LoyaltyTestContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up seed gave every loyalty entity its id-generator row, away from the initial value whose double read
 * lets two nodes compute the same block of ids. Tagged {@code postgresql}: run on PostgreSQL too.
 */
@Tag("postgresql")
class IdGeneratorSeedIntegrationTest {

    private final IdGeneratorSeed seed = LoyaltyTestContext.bean("blLoyaltyIdGeneratorSeed", IdGeneratorSeed.class);
    private final JdbcTemplate jdbc =
            new JdbcTemplate(LoyaltyTestContext.bean("blLoyaltyTestDataSource", DataSource.class));

    @Test
    void shouldHaveGivenEveryLoyaltyEntityARowAwayFromTheInitialValue() {
        Map<String, IdGeneratorSeed.Segment> segments = seed.segments();

        assertThat(segments).containsKeys("EngagementMailImpl", "LoyaltyAccountImpl", "CampaignRecipientImpl");
        for (String segment : segments.keySet()) {
            Long value = jdbc.queryForObject("SELECT MAX(ID_VAL) FROM SEQUENCE_GENERATOR WHERE ID_NAME = ?",
                    Long.class, segment);
            assertThat(value).as(segment).isNotNull().isGreaterThan(1L);
        }
    }

    @Test
    void shouldLeaveExistingRowsAlone() {
        Long before = jdbc.queryForObject("SELECT SUM(ID_VAL) FROM SEQUENCE_GENERATOR", Long.class);

        assertThat(seed.seed()).isZero();
        assertThat(jdbc.queryForObject("SELECT SUM(ID_VAL) FROM SEQUENCE_GENERATOR", Long.class)).isEqualTo(before);
    }
}
