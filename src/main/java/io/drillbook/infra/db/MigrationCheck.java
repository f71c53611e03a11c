package io.drillbook.infra.db;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tells whether every migration this program ships has already been applied, so a start on an
 * up-to-date store skips Flyway (whose set-up alone costs a good part of a warm start). Any doubt
 * (no history table yet, a script it cannot list) answers false and Flyway runs as always.
 */
final class MigrationCheck {
    private static final String FOLDER = "db/migration";
    private static final Pattern SCRIPT = Pattern.compile("V([0-9][0-9_.]*)__.+\\.sql");

    private MigrationCheck() {
    }

    static boolean upToDate(DataSource dataSource) {
        Set<String> shipped = shipped();
        if (shipped.isEmpty()) {
            return false;
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
            Set<String> applied = new HashSet<>();
            while (rs.next()) {
                applied.add(rs.getString(1));
            }
            return applied.containsAll(shipped);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The versions of the migration scripts on the class path ({@code V4_1__x.sql} is 4.1, as Flyway reads it). */
    static Set<String> shipped() {
        Set<String> versions = new HashSet<>();
        try {
            Enumeration<URL> roots = MigrationCheck.class.getClassLoader().getResources(FOLDER);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                for (String name : names(root)) {
                    Matcher m = SCRIPT.matcher(name);
                    if (m.matches()) {
                        versions.add(m.group(1).replace('_', '.'));
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Set.of();
        }
        return versions;
    }

    private static Set<String> names(URL root) throws IOException, URISyntaxException {
        Set<String> names = new HashSet<>();
        if ("file".equals(root.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                files.forEach(f -> names.add(f.getFileName().toString()));
            }
        } else if ("jar".equals(root.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String entry = entries.nextElement().getName();
                    if (entry.startsWith(FOLDER + "/") && entry.indexOf('/', FOLDER.length() + 1) < 0) {
                        names.add(entry.substring(FOLDER.length() + 1));
                    }
                }
            }
        } else {
            throw new IOException("cannot list " + root);
        }
        return names;
    }
}
