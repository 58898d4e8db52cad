package com.broadleafloyalty.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A database the shop cannot use gives one clear sentence, before any Spring bean is built. */
class DemoDatabaseTest {

    @TempDir
    File dataDir;

    @Test
    void shouldBeFreshOnlyBeforeTheFileExists() throws Exception {
        DemoDatabase first = DemoDatabase.inFolder(dataDir);
        assertThat(first.isFresh()).isTrue();
        first.checkUsable();

        assertThat(DemoDatabase.inFolder(dataDir).isFresh()).isFalse();
    }

    @Test
    void shouldExplainACorruptedFile() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        Arrays.fill(garbage, (byte) 0x5A);
        Files.write(new File(dataDir, "shop.mv.db").toPath(), garbage);

        assertThatThrownBy(() -> DemoDatabase.inFolder(dataDir).checkUsable())
                .isInstanceOf(DemoStartupException.class)
                .hasMessageContaining("corrupted")
                .hasMessageContaining("Delete the data folder");
    }

    @Test
    void shouldExplainAFileLockedByAnotherProcess() throws Exception {
        DemoDatabase database = DemoDatabase.inFolder(dataDir);
        Process holder = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                DatabaseLockHolder.class.getName(), database.url()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo(DatabaseLockHolder.READY);

            assertThatThrownBy(database::checkUsable)
                    .isInstanceOf(DemoStartupException.class)
                    .hasMessageContaining("locked by another process")
                    .hasMessageContaining("already running");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
