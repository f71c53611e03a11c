package io.drillbook.infra.ssh;

import io.drillbook.core.connect.ConnectorException;
import io.drillbook.core.connect.KnownHostKey;
import io.drillbook.core.connect.KnownHostsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Drillbook's own known-hosts file (OpenSSH format, one plain entry per line), kept in the app's
 * data folder: host keys accepted in Drillbook are appended here, never to the user's file.
 */
public final class DrillbookKnownHosts implements KnownHostsStore {
    private static final Logger LOGGER = LoggerFactory.getLogger(DrillbookKnownHosts.class);

    private final Path file;

    public DrillbookKnownHosts(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    synchronized void add(String host, int port, PublicKey key) {
        String line = HostKeys.pattern(host, port) + " " + HostKeys.type(key) + " "
                + Base64.getEncoder().encodeToString(HostKeys.blob(key)) + System.lineSeparator();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new ConnectorException("cannot record host key in " + file + ": " + e.getMessage(), e);
        }
        LOGGER.info("Recorded {} host key {} of {} in {}", HostKeys.type(key), HostKeys.fingerprint(key),
                HostKeys.pattern(host, port), file);
    }

    @Override
    public synchronized List<KnownHostKey> list() {
        List<KnownHostKey> keys = new ArrayList<>();
        for (String line : lines()) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 3 && !line.startsWith("#") && !line.startsWith("@")) {
                keys.add(new KnownHostKey(fields[0], fields[1], fingerprintOf(fields[2])));
            }
        }
        return keys;
    }

    @Override
    public synchronized int remove(String hostPattern, String keyType) {
        List<String> kept = new ArrayList<>();
        int removed = 0;
        for (String line : lines()) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 2 && fields[0].equals(hostPattern) && fields[1].equals(keyType)) {
                removed++;
            } else {
                kept.add(line);
            }
        }
        if (removed > 0) {
            write(kept);
            LOGGER.info("Removed {} {} host key(s) of {} from {}", removed, keyType, hostPattern, file);
        }
        return removed;
    }

    private List<String> lines() {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new ConnectorException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(List<String> lines) {
        try {
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ConnectorException("cannot rewrite " + file + ": " + e.getMessage(), e);
        }
    }

    private static String fingerprintOf(String base64) {
        try {
            return HostKeys.fingerprint(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            return "(unreadable key)";
        }
    }
}
