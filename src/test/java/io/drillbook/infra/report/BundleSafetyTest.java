package io.drillbook.infra.report;

import io.drillbook.core.report.ReportFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bundles can neither leak files from outside the outputs folder nor hurt the machine that verifies them. */
class BundleSafetyTest {
    @TempDir
    Path dir;
    ReportFixture fx;
    Path outputs;

    @BeforeEach
    void open() throws IOException {
        fx = new ReportFixture(dir.resolve("db")).seed();
        outputs = Files.createDirectories(dir.resolve("data/outputs"));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private SortedMap<String, byte[]> exported() throws IOException {
        Path bundle = fx.service(outputs).export(ReportFixture.october(), ReportFormat.BUNDLE, dir.resolve("q4.zip"));
        assertThat(new BundleVerifier().verify(bundle).problems()).isEmpty();
        return BundleTest.entries(bundle);
    }

    @Test
    void forgedEventNamingAPgpassOutsideTheOutputsFolderIsLeftOut() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path pgpass = Files.writeString(home.resolve(".pgpass"), "db.example.com:5432:*:drillbook:s3cr3t-pg\n");
        Path inside = Files.writeString(Files.createDirectories(outputs.resolve("drill-7")).resolve("step-1.log"), "restored\n");
        fx.log.record("drill.step", "shop/prod", Map.of("runId", "drill-6", "name", "steal", "fullOutputPath", pgpass.toString()));
        fx.log.record("drill.step", "shop/prod", Map.of("runId", "drill-6", "name", "climb",
                "fullOutputPath", outputs.resolve("../../home/.pgpass").toString()));
        long real = fx.log.record("drill.step", "shop/prod", Map.of("runId", "drill-7", "name", "real", "fullOutputPath", inside.toString())).seq();

        SortedMap<String, byte[]> files = exported();

        assertThat(files.keySet()).filteredOn(n -> n.startsWith("outputs/")).containsExactly("outputs/" + real + "-step-1.log");
        files.values().forEach(bytes -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("s3cr3t-pg"));
    }

    @Test
    void symbolicLinkInTheOutputsFolderPointingOutIsLeftOut() throws IOException {
        Path secret = Files.writeString(dir.resolve("id_ed25519"), "PRIVATE KEY MATERIAL\n");
        Path link = Files.createSymbolicLink(outputs.resolve("innocent.log"), secret);
        fx.log.record("drill.step", "shop/prod", Map.of("runId", "drill-6", "name", "link", "fullOutputPath", link.toString()));

        assertThat(exported().keySet()).noneMatch(n -> n.startsWith("outputs/"));
    }

    @Test
    void zipBombIsRefusedWithOneLineBeforeAnythingIsUnpacked() throws IOException {
        Path bomb = HostileZips.bomb(dir.resolve("bomb.zip"), "chain/events.jsonl", 2560);
        assertThat(Files.size(bomb)).isBetween(2_000_000L, 3_000_000L);

        assertThatThrownBy(() -> new BundleVerifier().verify(bomb))
                .isInstanceOf(BundleRejectedException.class)
                .hasMessage(bomb + ": entry chain/events.jsonl would unpack to 2.5 GiB, more than the 512.0 MiB a bundle entry may hold");
    }

    @Test
    void theBombIsARealZipThatUnpacksToItsStatedSize() throws IOException {
        Path small = HostileZips.bomb(dir.resolve("small-bomb.zip"), "x", 3);
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(small))) {
            assertThat(in.getNextEntry().getName()).isEqualTo("x");
            byte[] all = in.readAllBytes();
            assertThat(all).hasSize(3 << 20).containsOnly(0);
        }
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            many.put("outputs/" + i + ".log", new byte[0]);
        }
        Path zip = HostileZips.zip(dir.resolve("many.zip"), many);
        assertThatThrownBy(() -> new SafeBundleReader(new BundleLimits(20, 1 << 20, 1 << 20)).read(zip))
                .hasMessage(zip + ": holds 30 entries, more than the 20 a bundle may hold");
    }

    @Test
    void entryLargerThanItsHeaderSaysIsCutOffAtTheHeadersSize() throws IOException {
        Path zip = HostileZips.zip(dir.resolve("liar.zip"), Map.of("report.json", new byte[5000]));
        byte[] bytes = Files.readAllBytes(zip);
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        int central = latin.indexOf("PK\u0001\u0002");
        java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(central + 24, 100);
        Files.write(zip, bytes);

        assertThatThrownBy(() -> new SafeBundleReader().read(zip))
                .isInstanceOf(BundleRejectedException.class)
                .hasMessage(zip + ": entry report.json unpacks to more than the 100 bytes its header says");
    }

    @Test
    void duplicateEntryNameIsRefused() throws IOException {
        Path zip = HostileZips.withDuplicate(dir.resolve("dup.zip"), Map.of("MANIFEST.sha256", new byte[0],
                "report.json", "{}".getBytes(StandardCharsets.UTF_8)), "report.json");
        assertThatThrownBy(() -> new BundleVerifier().verify(zip))
                .isInstanceOf(BundleRejectedException.class)
                .hasMessage(zip + ": entry report.json appears more than once");
    }

    @Test
    void namesDifferingOnlyInCaseAreRefused() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("report.json", new byte[0]);
        entries.put("REPORT.json", new byte[0]);
        Path zip = HostileZips.zip(dir.resolve("case.zip"), entries);
        assertThatThrownBy(() -> new SafeBundleReader().read(zip))
                .hasMessage(zip + ": entry REPORT.json appears more than once (as report.json, differing only in case)");
    }

    @Test
    void pathLikeNamesAreRefused() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("../x", "is a path with an empty, '.' or '..' part");
        expected.put("outputs/../../x", "is a path with an empty, '.' or '..' part");
        expected.put("/abs", "is an absolute path");
        expected.put("C:/windows/x", "holds a backslash, colon, control or wildcard character");
        expected.put("outputs\\..\\x", "holds a backslash, colon, control or wildcard character");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Path zip = HostileZips.zip(dir.resolve("path.zip"), Map.of("MANIFEST.sha256", new byte[0], e.getKey(), new byte[1]));
            assertThatThrownBy(() -> new BundleVerifier().verify(zip)).as(e.getKey())
                    .isInstanceOf(BundleRejectedException.class)
                    .hasMessage(zip + ": entry name '" + e.getKey() + "' " + e.getValue());
        }
    }

    @Test
    void bundleCarriesTheHeadItWasBuiltOn() throws IOException {
        SortedMap<String, byte[]> files = exported();
        String head = new String(files.get(BundleWriter.HEAD), StandardCharsets.UTF_8);
        assertThat(head).contains("\"seq\":" + fx.evidence.head().orElseThrow().seq(), "\"hash\":\"" + fx.evidence.head().orElseThrow().hash() + "\"");
        assertThat(new String(files.get(BundleWriter.MANIFEST), StandardCharsets.UTF_8)).contains("  chain/head.json\n", "  chain/keys.json\n");
    }
}
