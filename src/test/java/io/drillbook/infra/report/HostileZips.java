package io.drillbook.infra.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zip files made to hurt a verifier: a zip bomb, and entries with repeated or path-like names. */
final class HostileZips {
    private static final int MIB = 1 << 20;

    private HostileZips() {
    }

    /**
     * One deflated entry of {@code mib} MiB of zeros, written in a second or so: one MiB of zeros is
     * deflated once with a full flush (which resets the compressor, so every further MiB deflates to
     * the very same bytes) and that block is repeated. Headers state the true sizes and CRC.
     */
    static Path bomb(Path file, String name, int mib) throws IOException {
        byte[] zeros = new byte[MIB];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] block = deflate(deflater, zeros, Deflater.FULL_FLUSH);
        byte[] again = deflate(deflater, zeros, Deflater.FULL_FLUSH);
        if (!Arrays.equals(block, again)) {
            throw new IllegalStateException("a full flush did not make the deflated blocks repeat");
        }
        deflater.finish();
        byte[] tail = deflate(deflater, new byte[0], Deflater.NO_FLUSH);
        deflater.end();
        CRC32 crc = new CRC32();
        for (int i = 0; i < mib; i++) {
            crc.update(zeros);
        }
        long size = (long) mib * MIB;
        long compressed = (long) block.length * mib + tail.length;
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(header(0x04034b50, nameBytes, crc.getValue(), compressed, size, -1));
            out.write(nameBytes);
            for (int i = 0; i < mib; i++) {
                out.write(block);
            }
            out.write(tail);
            long centralAt = 30 + nameBytes.length + compressed;
            byte[] central = header(0x02014b50, nameBytes, crc.getValue(), compressed, size, 0);
            out.write(central);
            out.write(nameBytes);
            out.write(endOfCentralDirectory(1, central.length + nameBytes.length, centralAt));
        }
        return file;
    }

    private static byte[] deflate(Deflater deflater, byte[] input, int flush) {
        if (input.length > 0) {
            deflater.setInput(input);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buf, 0, buf.length, flush);
            out.write(buf, 0, n);
        } while (n == buf.length || (flush == Deflater.NO_FLUSH && !deflater.finished()));
        return out.toByteArray();
    }

    /** A local header (offset -1) or a central directory record (at that local header offset), without the name. */
    private static byte[] header(int signature, byte[] name, long crc, long compressed, long size, long localOffset) {
        boolean central = localOffset >= 0;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(central ? 46 : 30).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(signature);
        if (central) {
            b.putShort((short) 20);
        }
        b.putShort((short) 20).putShort((short) 0).putShort((short) 8).putShort((short) 0).putShort((short) 0x21);
        b.putInt((int) crc).putInt((int) compressed).putInt((int) size).putShort((short) name.length).putShort((short) 0);
        if (central) {
            b.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) localOffset);
        }
        return b.array();
    }

    private static byte[] endOfCentralDirectory(int entries, long centralSize, long centralAt) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(22).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries).putShort((short) entries)
                .putInt((int) centralSize).putInt((int) centralAt).putShort((short) 0);
        return b.array();
    }

    /** A zip of the given entries, in order, names as given (ZipOutputStream takes any name). */
    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /**
     * A zip holding {@code name} twice: ZipOutputStream refuses that, so the second entry is written
     * under a stand-in name of the same length, which is then replaced in the zip's bytes.
     */
    static Path withDuplicate(Path file, Map<String, byte[]> entries, String name) throws IOException {
        String standIn = name.substring(0, name.length() - 1) + (name.endsWith("#") ? "%" : "#");
        java.util.LinkedHashMap<String, byte[]> all = new java.util.LinkedHashMap<>(entries);
        all.put(standIn, "second copy".getBytes(StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(zip(file, all));
        String latin = new String(bytes, StandardCharsets.ISO_8859_1).replace(standIn, name);
        return Files.write(file, latin.getBytes(StandardCharsets.ISO_8859_1));
    }
}
