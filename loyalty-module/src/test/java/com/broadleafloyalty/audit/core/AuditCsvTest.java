package com.broadleafloyalty.audit.core;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTest {

    @Test
    void shouldWriteALineWithCrLfAndQuoteOnlyWhereNeeded() {
        assertThat(AuditCsv.line(Arrays.asList("admin", "a,b", "say \"hi\"", "two\nlines", null, "")))
                .isEqualTo("admin,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,\r\n");
    }

    @Test
    void shouldDisarmTextThatStartsLikeAFormulaButKeepNegativeNumbers() {
        assertThat(AuditCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AuditCsv.field("+1+2")).isEqualTo("'+1+2");
        assertThat(AuditCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.field("-50")).isEqualTo("-50");
        assertThat(AuditCsv.field("-2.5")).isEqualTo("-2.5");
        assertThat(AuditCsv.field("-1+cmd")).isEqualTo("'-1+cmd");
    }

    @Test
    void shouldNameEveryKindWithAMessageKey() {
        for (AuditKind kind : AuditKind.values()) {
            assertThat(kind.getMessageKey()).isEqualTo("loyalty.audit.kind." + kind.name());
            assertThat(AuditKind.named(" " + kind.name() + " ")).isEqualTo(kind);
        }
        assertThat(AuditKind.named("points_adjusted")).isNull();
        assertThat(AuditKind.named(null)).isNull();
    }
}
