package com.broadleafloyalty.audit.core;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditQueryTest {

    @Test
    void shouldReadAnEmptyFilterAsEverythingOnTheFirstPage() {
        AuditQuery query = AuditQuery.parse(" ", "", null, "", "");

        assertThat(query.getAdminLogin()).isNull();
        assertThat(query.getKind()).isNull();
        assertThat(query.getFirstDay()).isNull();
        assertThat(query.getLastDay()).isNull();
        assertThat(query.getPage()).isEqualTo(1);
        assertThat(query.getOffset()).isZero();
    }

    @Test
    void shouldReadEveryPartOfAFilter() {
        AuditQuery query = AuditQuery.parse(" service ", "POINTS_ADJUSTED", "2026-01-01", "2026-01-31", "3");

        assertThat(query.getAdminLogin()).isEqualTo("service");
        assertThat(query.getKind()).isEqualTo(AuditKind.POINTS_ADJUSTED);
        assertThat(query.getFirstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(query.getLastDay()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(query.getOffset()).isEqualTo(2 * AuditQuery.PAGE_SIZE);
        assertThat(query.onPage(1).getKind()).isEqualTo(AuditKind.POINTS_ADJUSTED);
    }

    @ParameterizedTest(name = "kind \"{0}\", from \"{1}\", to \"{2}\", page \"{3}\"")
    @CsvSource({
            "NOTHING, '', '', '', loyalty.audit.filter.unknownKind",
            "'', 2026-13-01, '', '', loyalty.audit.filter.badDate",
            "'', 2026-02-30, '', '', loyalty.audit.filter.badDate",
            "'', '', 1/2/2026, '', loyalty.audit.filter.badDate",
            "'', 2026-02-02, 2026-02-01, '', loyalty.audit.filter.badRange",
            "'', '', '', 0, loyalty.audit.filter.badPage",
            "'', '', '', -1, loyalty.audit.filter.badPage",
            "'', '', '', 1e3, loyalty.audit.filter.badPage",
            "'', '', '', 99999999999, loyalty.audit.filter.badPage"})
    void shouldRefuseAFilterItCannotReadWithAMessageKey(String kind, String from, String to, String page,
            String key) {
        assertThatThrownBy(() -> AuditQuery.parse("", kind, from, to, page))
                .isInstanceOfSatisfying(AuditQueryRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }

    @Test
    void shouldRefuseAnOverlongLogin() {
        StringBuilder login = new StringBuilder();
        for (int i = 0; i <= AuditQuery.MAX_LOGIN_LENGTH; i++) {
            login.append('a');
        }
        assertThatThrownBy(() -> AuditQuery.parse(login.toString(), "", "", "", ""))
                .isInstanceOf(AuditQueryRefusedException.class);
    }
}
