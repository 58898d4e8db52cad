package com.broadleafloyalty.admin.reward;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loyalty admin SQL is imported by Hibernate line by line, after Broadleaf's own admin SQL, into the same tables:
 * each statement must fit on one line and no row may reuse a key Broadleaf's files already insert.
 */
class LoyaltyAdminSecuritySqlTest {

    static final String LOYALTY_SQL = "/config/loyalty/sql/load_loyalty_admin_security.sql";
    static final String[] BROADLEAF_SQL = {
        "/config/bc/sql/load_admin_permissions.sql",
        "/config/bc/sql/load_admin_roles.sql",
        "/config/bc/sql/load_admin_menu.sql"
    };

    /** Table and the first two column values: the whole key of the xref tables, the id plus one more elsewhere. */
    private static final Pattern INSERT =
            Pattern.compile("INSERT INTO (\\w+) \\([^)]*\\) VALUES \\(\\s*([^,]+),\\s*([^,)]+)");

    @Test
    void shouldWriteEveryStatementOnOneLine() throws IOException {
        List<String> statements = statements(LOYALTY_SQL);

        assertThat(statements).isNotEmpty();
        assertThat(statements).allSatisfy(line -> assertThat(line).startsWith("INSERT INTO ").endsWith(");"));
    }

    @Test
    void shouldReuseNoKeyOfBroadleafsAdminRows() throws IOException {
        Set<String> broadleafKeys = new HashSet<String>();
        for (String file : BROADLEAF_SQL) {
            broadleafKeys.addAll(keys(file));
        }

        assertThat(broadleafKeys).as("keys read from Broadleaf's SQL").hasSizeGreaterThan(300);
        assertThat(keys(LOYALTY_SQL)).doesNotContainAnyElementsOf(broadleafKeys).doesNotHaveDuplicates();
    }

    @Test
    void shouldPointTheSectionAtTheControllerAndTheRewardItemEntity() throws IOException {
        String section = statements(LOYALTY_SQL).stream()
                .filter(line -> line.startsWith("INSERT INTO BLC_ADMIN_SECTION "))
                .findFirst().orElseThrow(AssertionError::new);

        assertThat(section).contains("'/" + AdminRewardItemController.SECTION_KEY + "'")
                .contains("'com.broadleafloyalty.redemption.domain.RewardItem'");
    }

    private static List<String> keys(String file) throws IOException {
        List<String> keys = new ArrayList<String>();
        for (String statement : statements(file)) {
            Matcher insert = INSERT.matcher(statement);
            if (insert.find()) {
                String table = insert.group(1);
                boolean xref = table.endsWith("_XREF");
                keys.add(table + ":" + insert.group(2).trim() + (xref ? "," + insert.group(3).trim() : ""));
            }
        }
        return keys;
    }

    private static List<String> statements(String file) throws IOException {
        List<String> statements = new ArrayList<String>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                LoyaltyAdminSecuritySqlTest.class.getResourceAsStream(file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String trimmed = line.trim();
                if (!trimmed.isEmpty() && !trimmed.startsWith("--")) {
                    statements.add(trimmed);
                }
            }
        }
        return statements;
    }
}
