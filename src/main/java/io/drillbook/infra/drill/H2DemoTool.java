package io.drillbook.infra.drill;

import org.h2.tools.RunScript;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A tiny command-line tool the demo SQL drill runs as a separate process on the local profile
 * ({@code java -cp <drillbook's class path> io.drillbook.infra.drill.H2DemoTool ...}):
 * {@code restore DIR DUMP.sql} loads a dump into a fresh embedded H2 database in DIR;
 * {@code query DIR SQL} prints the first column of the first row. Exit 1 with a message on error.
 */
public final class H2DemoTool {
    private H2DemoTool() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        try {
            out.println(run(args));
        } catch (SQLException | IllegalArgumentException e) {
            System.err.println("H2DemoTool: " + e.getMessage());
            Runtime.getRuntime().halt(1);
        }
    }

    static String run(String[] args) throws SQLException {
        if (args.length != 3 || !(args[0].equals("restore") || args[0].equals("query"))) {
            throw new IllegalArgumentException("usage: restore DIR DUMP.sql | query DIR SQL");
        }
        String url = "jdbc:h2:file:" + Path.of(args[1]).toAbsolutePath().resolve("restored")
                + ";MODE=PostgreSQL";
        if (args[0].equals("restore")) {
            if (Path.of(args[1]).resolve("restored.mv.db").toFile().exists()) {
                throw new IllegalArgumentException("target " + args[1] + " is not empty: refusing to restore over a database");
            }
            RunScript.execute(url, "", "", args[2], StandardCharsets.UTF_8, false);
            return "restored " + args[2];
        }
        try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(args[2])) {
            return rs.next() ? String.valueOf(rs.getObject(1)) : "";
        }
    }
}
