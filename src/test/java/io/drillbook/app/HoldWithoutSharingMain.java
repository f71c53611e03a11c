package io.drillbook.app;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Another program holding an embedded workspace without sharing it (an H2 tool): opens
 * {@code DATA-DIR/drillbook} with {@code AUTO_SERVER=FALSE}, prints READY, and keeps it open until
 * its standard input closes.
 */
public final class HoldWithoutSharingMain {
    private HoldWithoutSharingMain() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + args[0] + "/drillbook;AUTO_SERVER=FALSE", "sa", "")) {
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the file until the parent closes our standard input
            }
        }
    }
}
