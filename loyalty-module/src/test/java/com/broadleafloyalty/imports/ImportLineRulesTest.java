package com.broadleafloyalty.imports;

import com.broadleafloyalty.imports.core.ImportCheck;
import com.broadleafloyalty.imports.core.ImportLine;
import com.broadleafloyalty.imports.core.ImportLineRules;
import com.broadleafloyalty.imports.core.LineProblem;
import com.broadleafloyalty.imports.core.RawLine;
import com.broadleafloyalty.imports.core.RefusedLine;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules an import file's lines meet before anyone is looked up: plain Java, no context. */
class ImportLineRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private final ImportLineRules rules = new ImportLineRules(1000);

    @Test
    void shouldAcceptAnEmailOrAnIdWithPointsExpiryAndReason() {
        ImportCheck check = rules.check(Arrays.asList(
                RawLine.of(2, " Ann@Example.com ", "+120", "2027-01-31", " Migrated "),
                RawLine.of(3, "42", "1000", "", "Migrated"),
                RawLine.of(4, "7", "5", "2026-12-06", "Expires today")), TODAY);

        assertThat(check.getRefused()).isEmpty();
        ImportLine byEmail = check.getAccepted().get(0);
        assertThat(byEmail.getCustomer().getEmail()).isEqualTo("ann@example.com");
        assertThat(byEmail.getPoints()).isEqualTo(120);
        assertThat(byEmail.getExpiresOn()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(byEmail.getReason()).isEqualTo("Migrated");
        ImportLine byId = check.getAccepted().get(1);
        assertThat(byId.getCustomer().getCustomerId()).isEqualTo(42L);
        assertThat(byId.getExpiresOn()).isNull();
        assertThat(check.getAccepted().get(2).getExpiresOn()).isEqualTo(TODAY);
    }

    @Test
    void shouldRefuseEachBadValueWithItsProblem() {
        assertThat(problemOf(RawLine.of(2, "", "10", null, "r"))).isEqualTo(LineProblem.MISSING_COLUMN);
        assertThat(problemOf(RawLine.of(2, "a@b.c", null, null, "r"))).isEqualTo(LineProblem.MISSING_COLUMN);
        assertThat(problemOf(RawLine.of(2, "a@b.c", "10", null, " "))).isEqualTo(LineProblem.MISSING_COLUMN);
        assertThat(problemOf(RawLine.of(2, "not a customer", "10", null, "r")))
                .isEqualTo(LineProblem.UNKNOWN_CUSTOMER);
        assertThat(problemOf(RawLine.of(2, "a@b.c", "1.5", null, "r"))).isEqualTo(LineProblem.BAD_NUMBER);
        assertThat(problemOf(RawLine.of(2, "a@b.c", "１０", null, "r"))).isEqualTo(LineProblem.BAD_NUMBER);
        assertThat(problemOf(RawLine.of(2, "a@b.c", "-10", null, "r"))).isEqualTo(LineProblem.NOT_POSITIVE);
        assertThat(problemOf(RawLine.of(2, "a@b.c", "0", null, "r"))).isEqualTo(LineProblem.NOT_POSITIVE);
        assertThat(problemOf(RawLine.of(2, "a@b.c", "1001", null, "r"))).isEqualTo(LineProblem.ABOVE_LIMIT);
        assertThat(problemOf(RawLine.of(2, "a@b.c", "99999999999999999999", null, "r")))
                .isEqualTo(LineProblem.ABOVE_LIMIT);
        assertThat(problemOf(RawLine.of(2, "a@b.c", "10", "31/12/2027", "r"))).isEqualTo(LineProblem.BAD_DATE);
        assertThat(problemOf(RawLine.of(2, "a@b.c", "10", "2027-02-30", "r"))).isEqualTo(LineProblem.BAD_DATE);
        assertThat(problemOf(RawLine.of(2, "a@b.c", "10", "2026-12-05", "r"))).isEqualTo(LineProblem.EXPIRY_IN_PAST);
        assertThat(problemOf(RawLine.of(2, "a@b.c", "10", null, repeat('x', 501))))
                .isEqualTo(LineProblem.REASON_TOO_LONG);
        assertThat(problemOf(new RawLine(2, "a@b.c", "10", null, "r", 5, 4))).isEqualTo(LineProblem.EXTRA_VALUES);
    }

    @Test
    void shouldSayWhichColumnIsMissingAndWhichLineADuplicateRepeats() {
        RefusedLine missing = rules.check(Collections.singletonList(RawLine.of(9, "a@b.c", "10", null, null)), TODAY)
                .getRefused().get(0);
        assertThat(missing.getLineNumber()).isEqualTo(9);
        assertThat(missing.getText().getKey()).isEqualTo("loyalty.import.line.missingColumn");
        assertThat(missing.getText().getArguments()).containsExactly("reason");

        ImportCheck check = rules.check(Arrays.asList(
                RawLine.of(2, "a@b.c", "10", "2027-01-01", "Migrated"),
                RawLine.of(3, "A@B.C", "10", "2027-01-01", "Migrated"),
                RawLine.of(4, "a@b.c", "11", "2027-01-01", "Migrated")), TODAY);
        assertThat(check.getAccepted()).extracting(ImportLine::getLineNumber).containsExactly(2L, 4L);
        RefusedLine duplicate = check.getRefused().get(0);
        assertThat(duplicate.getLineNumber()).isEqualTo(3);
        assertThat(duplicate.getProblem()).isEqualTo(LineProblem.DUPLICATE_LINE);
        assertThat(duplicate.getProblem().getCode()).isEqualTo("duplicate_line");
        assertThat(duplicate.getText().getKey()).isEqualTo("loyalty.import.line.duplicateLine");
        assertThat(duplicate.getText().getArguments()).containsExactly(2L);
    }

    private LineProblem problemOf(RawLine line) {
        ImportCheck check = rules.check(Collections.singletonList(line), TODAY);
        assertThat(check.getAccepted()).isEmpty();
        return check.getRefused().get(0).getProblem();
    }

    private static String repeat(char c, int times) {
        char[] chars = new char[times];
        Arrays.fill(chars, c);
        return new String(chars);
    }
}
