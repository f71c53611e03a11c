package io.drillbook.infra.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.workspace.Workspace;
import io.drillbook.infra.drill.DrillPlanYaml;
import io.drillbook.infra.playbook.PlaybookYaml;
import io.drillbook.infra.workspace.WorkspaceYaml;
import io.drillbook.infra.yaml.StrictYaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo workspace as the files under {@code assets/demo/} hold it (on the class path as
 * {@code /assets/demo/}). The workspace file is an ordinary workspace file written for the day
 * the manifest names as {@code anchor}; every date in it is moved by the days between that day and
 * today, so the demo never goes stale and keeps its shape (what overlaps, what is overdue).
 */
public final class DemoAssets {
    /** Where the assets are on the class path. */
    public static final String ROOT = "/assets/demo/";
    private static final ObjectMapper MAPPER = StrictYaml.newMapper();
    private static final Pattern DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})(?=T|\\b)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{demo\\.([a-z]+)}");

    private DemoAssets() {
    }

    public static DemoManifest manifest() {
        return StrictYaml.read(MAPPER, ROOT + "demo.yaml", text("demo.yaml"), DemoManifest.class);
    }

    /** The demo workspace for today as {@code clock} sees it. */
    public static Workspace workspace(Clock clock) {
        DemoManifest manifest = manifest();
        long days = shiftDays(manifest, clock);
        return WorkspaceYaml.read(shiftDates(text(manifest.workspace()), days), ROOT + manifest.workspace());
    }

    /**
     * How many days the dated files are moved: whole weeks, from the Monday after the manifest's
     * anchor to the Monday after today in its zone, so every entry keeps its weekday (weekly CAB
     * meetings stay on Tuesdays, the releases of "next week" are next week's) and upcoming things
     * stay upcoming.
     */
    public static long shiftDays(DemoManifest manifest, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(manifest.zone())));
        return ChronoUnit.DAYS.between(nextMonday(manifest.anchor()), nextMonday(today));
    }

    private static LocalDate nextMonday(LocalDate day) {
        return day.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
    }

    /** {@code text} with every ISO date (alone or starting a date-time) moved by {@code days}. */
    static String shiftDates(String text, long days) {
        if (days == 0) {
            return text;
        }
        Matcher m = DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, LocalDate.parse(m.group(1)).plusDays(days).toString());
        }
        return m.appendTail(out).toString();
    }

    /** A drill plan file's text with its {@code ${demo.NAME}} placeholders filled from {@code values}. */
    public static String drillPlanText(String file, Map<String, String> values) {
        String text = fill(text(file), values, file);
        DrillPlanYaml.read(text, ROOT + file);
        return text;
    }

    /** A playbook file with its {@code ${demo.NAME}} placeholders filled from {@code values}. */
    public static Playbook playbook(String file, Map<String, String> values) {
        return PlaybookYaml.read(fill(text(file), values, file), ROOT + file);
    }

    /** Copies the asset file {@code from} to {@code target}, creating its folder. */
    public static void copy(String from, Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (InputStream in = open(from)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the demo asset " + from + " to " + target, e);
        }
    }

    static String fill(String text, Map<String, String> values, String file) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException(ROOT + file + ": no value for ${demo." + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    static String text(String file) {
        try (InputStream in = open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo asset " + file, e);
        }
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = DemoAssets.class.getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new IOException(ROOT + file + " is missing from the build (assets/ must be on the class path)");
        }
        return in;
    }
}
