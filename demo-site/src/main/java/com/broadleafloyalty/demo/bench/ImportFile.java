package com.broadleafloyalty.demo.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded balance file of valid, distinct lines spread round-robin over the given customers: every other line names
 * its customer by id, the rest by the replay's email ({@code customer-N@replay.invalid}); a third of the lines expire
 * within two years. Made in memory, never written to the repository.
 */
public final class ImportFile {

    private final byte[] bytes;
    private final long points;

    private ImportFile(byte[] bytes, long points) {
        this.bytes = bytes;
        this.points = points;
    }

    /** {@code customers}: the replay's customer names ("1", "2", ...) to their Broadleaf ids. */
    public static ImportFile generate(int lines, Map<String, Long> customers, long seed) {
        Random random = new Random(seed);
        List<String> names = new ArrayList<String>(customers.keySet());
        Collections.sort(names);
        LocalDate today = LocalDate.now();
        StringBuilder file = new StringBuilder(lines * 64).append("customer,points,expires_at,reason\n");
        long total = 0;
        for (int i = 0; i < lines; i++) {
            String name = names.get(i % names.size());
            long points = 1 + random.nextInt(5000);
            total += points;
            file.append(i % 2 == 0 ? String.valueOf(customers.get(name)) : "customer-" + name + "@replay.invalid")
                    .append(',').append(points).append(',')
                    .append(random.nextInt(3) == 0 ? today.plusDays(1 + random.nextInt(730)).toString() : "")
                    .append(",Balance migrated from the old programme (record ").append(i + 1).append(")\n");
        }
        return new ImportFile(file.toString().getBytes(StandardCharsets.UTF_8), total);
    }

    public byte[] getBytes() {
        return bytes;
    }

    public long getPoints() {
        return points;
    }
}
