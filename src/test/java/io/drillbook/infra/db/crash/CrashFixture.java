package io.drillbook.infra.db.crash;

import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcConnectionProfileRepository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The plan, the playbook and (for SSH) the connection profile and known host key the crash trials use. */
final class CrashFixture {
    static final int STEPS = 5;
    static final String STEP_COMMAND = "sleep 1";

    private CrashFixture() {
    }

    static Path drillPlan(Path dir, CrashTarget target) throws IOException {
        StringBuilder yaml = new StringBuilder("drill: crash " + target.profile() + "\nsystem: payments\nenvironment: prod\n"
                + "target: " + target.profile() + "\nbackup:\n  pick: latest\nsteps:\n");
        for (int i = 1; i <= STEPS; i++) {
            yaml.append("  - name: s").append(i).append("\n    run: ").append(STEP_COMMAND).append('\n');
        }
        return Files.writeString(dir.resolve("crash-" + target.profile() + ".yaml"), yaml);
    }

    static Path playbook(Path dir, CrashTarget target) throws IOException {
        StringBuilder yaml = new StringBuilder("playbook: crash " + target.profile() + "\nsystem: payments\nenvironment: prod\nsteps:\n");
        for (int i = 1; i <= STEPS; i++) {
            yaml.append("  - name: p").append(i).append("\n    run:\n      profile: ").append(target.profile())
                    .append("\n      command: ").append(STEP_COMMAND).append('\n');
        }
        return Files.writeString(dir.resolve("crash-playbook-" + target.profile() + ".yaml"), yaml);
    }

    /** Stores the SSH profile and trusts the server's host key in the workspace in {@code dataDir}. */
    static void sshProfile(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        try (Database db = Database.embedded(dataDir)) {
            new JdbcConnectionProfileRepository(db).save(ConnectionProfile.ssh(CrashTarget.SSH.profile(),
                    System.getenv("DRILLBOOK_TEST_SSHD_HOST"), Integer.parseInt(System.getenv("DRILLBOOK_TEST_SSHD_PORT")),
                    System.getenv("DRILLBOOK_TEST_SSHD_USER"), AuthMethod.KEY, Path.of(System.getenv("DRILLBOOK_TEST_SSHD_KEY"))));
        }
        String[] key = Files.readString(Path.of(System.getenv("DRILLBOOK_TEST_SSHD_HOST_PUBKEY"))).trim().split("\\s+");
        Files.writeString(dataDir.resolve("known_hosts"), "[" + System.getenv("DRILLBOOK_TEST_SSHD_HOST") + "]:"
                + System.getenv("DRILLBOOK_TEST_SSHD_PORT") + " " + key[0] + " " + key[1] + "\n");
    }
}
