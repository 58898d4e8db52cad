package com.broadleafloyalty.imports;

import com.broadleafloyalty.imports.core.ImportFileRefusedException;
import com.broadleafloyalty.imports.core.ImportSource;
import com.broadleafloyalty.imports.core.RawLine;
import com.broadleafloyalty.imports.service.ImportFileReader;
import com.broadleafloyalty.test.i18n.BundleCheck;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading an import file: the header, quoted values, line numbers, and the files refused whole. */
class ImportFileReaderTest {

    private final ImportFileReader reader = new ImportFileReader(3);

    @Test
    void shouldReadColumnsInAnyOrderWithQuotesAndNumberLinesFromTheHeader() {
        List<RawLine> lines = reader.read(bytes("\uFEFFReason,Customer,POINTS,expires_at\r\n"
                + "\"Migrated, with comma\",ann@example.com,120,2027-01-31\r\n"
                + "\r\n"
                + "Short line,42\n"));

        assertThat(lines).hasSize(2);
        RawLine first = lines.get(0);
        assertThat(first.getLineNumber()).isEqualTo(2);
        assertThat(first.getReason()).isEqualTo("Migrated, with comma");
        assertThat(first.getCustomer()).isEqualTo("ann@example.com");
        assertThat(first.getPoints()).isEqualTo("120");
        assertThat(first.getExpiresAt()).isEqualTo("2027-01-31");
        assertThat(lines.get(1).getLineNumber()).isEqualTo(3);
        assertThat(lines.get(1).getPoints()).isNull();
    }

    @Test
    void shouldAcceptAHeaderWithoutTheOptionalExpiry() {
        assertThat(reader.read(bytes("customer,points,reason\n42,10,Migrated\n")).get(0).getExpiresAt()).isNull();
    }

    @Test
    void shouldRefuseUnusableFilesWhole() {
        assertRefused("", "loyalty.import.file.empty");
        assertRefused("customer,points\n42,10\n", "loyalty.import.file.missingColumn");
        assertRefused("customer,points,reason,balance\n", "loyalty.import.file.unknownColumn");
        assertRefused("customer,points,reason,points\n", "loyalty.import.file.repeatedColumn");
        assertRefused("customer,points,reason\n42,10,\"unterminated\n43,10,x\n", "loyalty.import.file.notCsv");
        assertRefused("customer,points,reason\n1,1,a\n2,1,a\n3,1,a\n4,1,a\n", "loyalty.import.file.tooManyLines");
        assertThatThrownBy(() -> reader.read(new byte[] {'c', ',', (byte) 0xff, '\n'}))
                .isInstanceOfSatisfying(ImportFileRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("loyalty.import.file.notUtf8"));
    }

    @Test
    void shouldDeriveOneSourceTypePerFileContent() {
        String type = ImportSource.typeOf(bytes("customer,points,reason\n42,10,x\n"));
        assertThat(type).startsWith("IMPORT:").hasSize(39);
        assertThat(ImportSource.typeOf(bytes("customer,points,reason\n42,10,x\n"))).isEqualTo(type);
        assertThat(ImportSource.typeOf(bytes("customer,points,reason\n42,11,x\n"))).isNotEqualTo(type);
    }

    @Test
    void shouldHaveEveryImportTextInEveryLanguage() {
        assertThat(BundleCheck.problems("messages/LoyaltyImportMessages")).isEmpty();
    }

    private void assertRefused(String file, String key) {
        assertThatThrownBy(() -> reader.read(bytes(file))).isInstanceOfSatisfying(ImportFileRefusedException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
