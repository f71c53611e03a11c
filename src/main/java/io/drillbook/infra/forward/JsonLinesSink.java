package io.drillbook.infra.forward;

import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.forward.EvidenceSink;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** One JSON object per evidence event, appended to a file and synced per batch; a SIEM agent tails it. */
public final class JsonLinesSink implements EvidenceSink {
    private final Path file;
    private final FileChannel channel;

    public JsonLinesSink(Path file) {
        this.file = file;
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void send(List<EvidenceEvent> batch) {
        StringBuilder sb = new StringBuilder();
        for (EvidenceEvent e : batch) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seq", e.seq());
            m.put("time", e.time().toString());
            m.put("actor", e.actor());
            m.put("kind", e.kind());
            m.put("subject", e.subject());
            m.put("payload", CanonicalJson.read(e.payload()));
            m.put("hash", e.hash());
            sb.append(CanonicalJson.write(m)).append('\n');
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The seq of the last complete line, read from the file's end. */
    @Override
    public OptionalLong lastDelivered() {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long len = raf.length();
            long start = Math.max(0, len - 64 * 1024);
            byte[] tail = new byte[(int) (len - start)];
            raf.seek(start);
            raf.readFully(tail);
            String text = new String(tail, StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n');
            if (end < 0) {
                return OptionalLong.empty();
            }
            String line = text.substring(text.lastIndexOf('\n', end - 1) + 1, end);
            Object seq = CanonicalJson.readMap(line).get("seq");
            return seq instanceof Number n ? OptionalLong.of(n.longValue()) : OptionalLong.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // already synced per batch
        }
    }
}
