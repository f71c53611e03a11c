package io.drillbook.app.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The shared database the console uses when started without {@code --db}: a JDBC URL kept in
 * {@code <data-dir>/database.properties}. A URL holding a password is refused: passwords come from
 * {@code PGPASSWORD}, {@code ~/.pgpass} or are asked for, and are never stored by Drillbook.
 */
public final class DatabaseChoice {
    static final String FILE = "database.properties";

    private final Path file;

    public DatabaseChoice(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    public Optional<String> url() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String url = p.getProperty("url", "").trim();
        return url.isEmpty() ? Optional.empty() : Optional.of(url);
    }

    /** Uses {@code url} from the next start on; null or blank goes back to the embedded database. */
    public void use(String url) {
        if (url != null && url.toLowerCase(Locale.ROOT).contains("password=")) {
            throw new IllegalArgumentException("leave the password out of the URL: Drillbook never stores it "
                    + "(it is asked for, or taken from PGPASSWORD or ~/.pgpass)");
        }
        try {
            Files.createDirectories(file.getParent());
            Properties p = new Properties();
            p.setProperty("url", url == null ? "" : url.trim());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, "Drillbook: the database used when started without --db (no password is ever kept here)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
