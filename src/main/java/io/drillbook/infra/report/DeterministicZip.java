package io.drillbook.infra.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A zip whose bytes depend only on its entries: sorted names, one fixed timestamp, no extras; fastest deflate (reports are text). */
final class DeterministicZip {
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 2, 0, 0);

    private DeterministicZip() {
    }

    static byte[] of(SortedMap<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the bundle", e);
        }
        return out.toByteArray();
    }
}
