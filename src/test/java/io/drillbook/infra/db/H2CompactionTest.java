package io.drillbook.infra.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing an embedded workspace shrinks its append-only file when this is its last user and most
 * of it is dead chunks, and never while another session (this JVM's or another process's) uses it.
 * Real H2 files opened by {@link Database#embedded}, real child JVMs for the other process.
 */
class H2CompactionTest {
    @TempDir
    Path dir;

    @Test
    void closingTheLastUserOfAMostlyDeadFileShrinksItAndKeepsDataAndChain() throws Exception {
        Database db = Database.embedded(dir);
        CompactionFixture.grow(db);
        String before = CompactionFixture.contents(db);
        long grown = CompactionFixture.size(dir);
        assertThat(grown).isGreaterThan(H2Compaction.MIN_FILE_BYTES);

        db.close();

        assertThat(CompactionFixture.size(dir)).as("file after close, grown to %d", grown).isLessThan(grown / 10);
        try (Database again = Database.embedded(dir)) {
            assertThat(CompactionFixture.contents(again)).isEqualTo(before).contains("intact=true");
        }
    }

    @Test
    void aConnectionStillOpenInThisProcessKeepsTheFileAsItIs() throws Exception {
        Database db = Database.embedded(dir);
        CompactionFixture.grow(db);
        long grown = CompactionFixture.size(dir);
        try (Connection held = db.dedicatedConnection()) {
            db.close();

            assertThat(CompactionFixture.size(dir)).isEqualTo(grown);
            try (Statement s = held.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM compaction_scratch")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).as("the held session was not shut down").isEqualTo(1);
            }
        }
    }

    @Test
    void anotherDatabaseOnTheSameFileInThisProcessKeepsItAsItIs() throws Exception {
        Database db = Database.embedded(dir);
        CompactionFixture.grow(db);
        long grown = CompactionFixture.size(dir);
        try (Database other = Database.embedded(dir)) {
            db.close();

            assertThat(CompactionFixture.size(dir)).isEqualTo(grown);
            assertThat(CompactionFixture.contents(other)).contains("intact=true");
        }
    }

    @Test
    void anotherProcessHoldingTheStoreKeepsItFromCompactingAndTheNextLastUserCompactsIt() throws Exception {
        Database db = Database.embedded(dir);
        CompactionFixture.grow(db);
        String before = CompactionFixture.contents(db);
        long grown = CompactionFixture.size(dir);
        Process other = start(Database.h2Url(dir));
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo(StoreHoldingMain.OPEN);

            db.close();
            assertThat(CompactionFixture.size(dir)).as("closed here while the other process holds it").isEqualTo(grown);

            other.getOutputStream().close();
            assertThat(said.readLine()).as("the other process still reads the store").isEqualTo(before);
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            other.destroyForcibly();
        }
        Database next = Database.embedded(dir);
        next.close();
        assertThat(CompactionFixture.size(dir)).as("the next process to own it and close it last").isLessThan(grown / 10);
        try (Database again = Database.embedded(dir)) {
            assertThat(CompactionFixture.contents(again)).isEqualTo(before);
        }
    }

    @Test
    void theLiveShareOfTheFileIsTheFillRateOfItsBlocksTimesThatOfItsChunks() {
        assertThat(H2Compaction.livePercent(100, 16)).as("dead chunks not dropped yet").isEqualTo(16);
        assertThat(H2Compaction.livePercent(5, 90)).as("dead chunks dropped, holes left").isEqualTo(4);
        assertThat(H2Compaction.livePercent(100, 100)).isEqualTo(100);
        assertThat(H2Compaction.livePercent(-1, 10)).as("rate unknown: leave the file alone").isEqualTo(100);
    }

    /**
     * H2 writes the compacted copy to drillbook.mv.db.tempFile and renames it over the file; a process
     * killed while it writes that copy leaves the old file whole.
     */
    @Test
    void aProcessKilledWhileItCompactsLeavesTheOldFileWhole() throws Exception {
        Path temp = dir.resolve("drillbook.mv.db.tempFile");
        Process child = start(Database.h2Url(dir), StoreHoldingMain.GROW);
        String before;
        boolean copying = false;
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            before = said.readLine();
            assertThat(said.readLine()).isEqualTo(StoreHoldingMain.CLOSING);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!copying && child.isAlive() && System.nanoTime() < deadline) {
                copying = Files.exists(temp);
                Thread.onSpinWait();
            }
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(copying).as("the child was killed while it wrote the compacted copy").isTrue();
        assertThat(before).contains("intact=true");
        assertThat(CompactionFixture.size(dir)).as("the old file, not the copy").isGreaterThan(H2Compaction.MIN_FILE_BYTES);
        try (Database again = Database.embedded(dir)) {
            assertThat(CompactionFixture.contents(again)).isEqualTo(before);
        }
    }

    @Test
    void aTempFileLeftByACompactionThatDiedBeforeItsRenameChangesNothing() throws Exception {
        Database db = Database.embedded(dir);
        CompactionFixture.grow(db);
        String before = CompactionFixture.contents(db);
        Path temp = dir.resolve("drillbook.mv.db.tempFile");
        Files.write(temp, new byte[1 << 20]);
        long grown = CompactionFixture.size(dir);

        db.close();

        assertThat(CompactionFixture.size(dir)).isLessThan(grown / 10);
        assertThat(temp).doesNotExist();
        try (Database again = Database.embedded(dir)) {
            assertThat(CompactionFixture.contents(again)).isEqualTo(before);
        }
    }

    private static Process start(String url, String... more) throws java.io.IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), StoreHoldingMain.class.getName(), url));
        cmd.addAll(List.of(more));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
