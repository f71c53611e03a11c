package io.drillbook.infra.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An empty embedded store, already migrated by Flyway, made by the build ({@code mvn package} runs
 * {@link #main}) and shipped on the class path: a new embedded workspace starts as a copy of it
 * instead of running every migration (seconds on a first start). A template older than the shipped
 * migrations is harmless: {@link MigrationCheck} sees what is missing and Flyway applies only that.
 * Without the template (a build that did not make one) a new store is migrated as before.
 */
public final class SchemaTemplate {
    private static final Logger LOGGER = LoggerFactory.getLogger(SchemaTemplate.class);
    static final String RESOURCE = "/db/template/drillbook.mv.db";
    private static final String FILE_PREFIX = "jdbc:h2:file:";

    private SchemaTemplate() {
    }

    /** Build step: writes the template to {@code args[0]}/drillbook.mv.db (target/classes/db/template). */
    public static void main(String[] args) throws IOException, SQLException {
        Path out = Path.of(args[0]);
        Path scratch = Files.createTempDirectory("drillbook-template");
        try {
            write(scratch);
            Files.createDirectories(out);
            Files.copy(scratch.resolve("drillbook.mv.db"), out.resolve("drillbook.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Migrates a new store in {@code dir} and compacts it: {@code dir}/drillbook.mv.db is then a template. */
    static void write(Path dir) throws SQLException {
        Database.embedded(dir).close();
        String url = Database.h2Url(dir).replace(";AUTO_SERVER=TRUE", "");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
    }

    /**
     * Before H2 opens {@code url}: when it names an embedded file (an absolute path) that does not
     * exist yet, it is created as a copy of {@code template}. Two processes starting at once cannot
     * both create it: the copy is linked into place, which fails when the file is already there.
     * Returns true when the file was created from the template.
     */
    static boolean seedNewStore(String url, URL template) {
        Path file = fileOf(url);
        if (template == null || file == null || Files.exists(file) || !Files.isDirectory(file.getParent())) {
            return false;
        }
        Path partial = file.resolveSibling(file.getFileName() + ".template-" + ProcessHandle.current().pid());
        try (InputStream in = template.openStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.createLink(file, partial);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            LOGGER.warn("Cannot start the new store from the template (it is migrated instead): {}", e.getMessage());
            return false;
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                LOGGER.debug("Cannot remove {}: {}", partial, e.getMessage());
            }
        }
    }

    /** The template this program ships, or null when the build made none. */
    static URL shipped() {
        return SchemaTemplate.class.getResource(RESOURCE);
    }

    /** The {@code .mv.db} file of an H2 URL naming an absolute file path; null for anything else. */
    static Path fileOf(String url) {
        if (!url.startsWith(FILE_PREFIX)) {
            return null;
        }
        String rest = url.substring(FILE_PREFIX.length());
        String name = rest.contains(";") ? rest.substring(0, rest.indexOf(';')) : rest;
        try {
            Path path = Path.of(name + ".mv.db");
            return path.isAbsolute() ? path : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** For tests: the template written to a fresh folder, as the build writes it. */
    static Path writeTo(Path dir) {
        try {
            write(dir);
            return dir.resolve("drillbook.mv.db");
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
