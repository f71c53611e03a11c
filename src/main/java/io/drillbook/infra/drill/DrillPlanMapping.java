package io.drillbook.infra.drill;

import io.drillbook.core.drill.BackupOrigin;
import io.drillbook.core.drill.BackupSelection;
import io.drillbook.core.drill.DrillCheck;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.DrillStep;
import io.drillbook.core.drill.Expectation;
import io.drillbook.infra.drill.DrillPlanFile.BackupEntry;
import io.drillbook.infra.drill.DrillPlanFile.CheckEntry;
import io.drillbook.infra.drill.DrillPlanFile.ExpectEntry;
import io.drillbook.infra.drill.DrillPlanFile.StepEntry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns the file records into the core plan and back. */
final class DrillPlanMapping {
    private static final Map<String, BackupSelection.Pick> PICKS = Map.of(
            "latest", BackupSelection.Pick.LATEST,
            "latestVerified", BackupSelection.Pick.LATEST_VERIFIED,
            "id", BackupSelection.Pick.ID,
            "randomWithinDays", BackupSelection.Pick.RANDOM_WITHIN_DAYS);

    static final String FROM_INVENTORY = "inventory";
    static final String FROM_S3 = "s3";

    private DrillPlanMapping() {
    }

    static DrillPlan plan(DrillPlanFile f) {
        return new DrillPlan(f.drill(), f.system(), f.environment(), f.target(), backup(f.backup()), f.parameters(),
                f.steps().stream().map(DrillPlanMapping::step).toList(),
                f.checks() == null ? List.of() : f.checks().stream().map(DrillPlanMapping::check).toList(),
                cleanup(f.cleanup()), Boolean.TRUE.equals(f.keepFullOutput()), origin(f.backup()), f.keepFailedTarget());
    }

    static BackupOrigin origin(BackupEntry b) {
        return origin(b.from(), b.storage(), b.prefix(), b.naming());
    }

    /** {@code from}: absent or {@code inventory}, or {@code s3} with a storage profile and an optional naming rule. */
    static BackupOrigin origin(DrillPlanFile.SourceEntry from, String storage, String prefix, DrillPlanFile.NamingEntry naming) {
        String pattern = naming == null ? null : naming.pattern();
        return from == null || FROM_INVENTORY.equals(from.name())
                ? new BackupOrigin(BackupOrigin.Kind.INVENTORY, storage, prefix, pattern)
                : BackupOrigin.objectStore(storage, prefix, pattern);
    }

    static BackupSelection backup(BackupEntry b) {
        return selection(b.pick(), b.id(), b.days());
    }

    static BackupSelection selection(String pickName, String id, Integer days) {
        BackupSelection.Pick pick = PICKS.get(pickName);
        if (pick == null) {
            throw new IllegalArgumentException("unknown backup pick '" + pickName + "' (known: "
                    + PICKS.keySet().stream().sorted().toList() + ")");
        }
        return new BackupSelection(pick, id, days == null ? 0 : days);
    }

    static DrillStep step(StepEntry s) {
        return new DrillStep(s.name(), s.run(), s.manual(), s.timeout());
    }

    private static List<DrillStep> cleanup(List<StepEntry> entries) {
        List<DrillStep> out = new ArrayList<>();
        for (StepEntry s : entries == null ? List.<StepEntry>of() : entries) {
            String name = s.name() == null ? "cleanup " + (out.size() + 1) : s.name();
            out.add(new DrillStep(name, s.run(), s.manual(), s.timeout()));
        }
        return out;
    }

    static DrillCheck check(CheckEntry c) {
        return new DrillCheck(c.name(), c.run(), expectation(c.expect()), c.timeout());
    }

    static Expectation expectation(ExpectEntry e) {
        return expectation(e.equals(), e.matches(), e.atLeast(), e.atMost(), e.checksumEquals());
    }

    static Expectation expectation(String equals, String matches, BigDecimal atLeast, BigDecimal atMost, String checksum) {
        if (equals != null) {
            return Expectation.equalTo(equals);
        }
        if (matches != null) {
            return Expectation.matching(matches);
        }
        if (atLeast != null) {
            return new Expectation(Expectation.Kind.AT_LEAST, atLeast.toPlainString());
        }
        if (atMost != null) {
            return new Expectation(Expectation.Kind.AT_MOST, atMost.toPlainString());
        }
        return Expectation.checksumEquals(checksum);
    }

    static DrillPlanFile toFile(DrillPlan p) {
        return new DrillPlanFile(p.name(), p.system(), p.environment(), p.target(), toFile(p.backup(), p.backupOrigin()), p.parameters(),
                p.keepFullOutput() ? Boolean.TRUE : null, p.keepFailedTarget(), p.steps().stream().map(DrillPlanMapping::toFile).toList(),
                p.checks().stream().map(DrillPlanMapping::toFile).toList(),
                p.cleanup().stream().map(DrillPlanMapping::toFile).toList());
    }

    private static BackupEntry toFile(BackupSelection b, BackupOrigin o) {
        String pick = PICKS.entrySet().stream().filter(e -> e.getValue() == b.pick()).findFirst().orElseThrow().getKey();
        return new BackupEntry(o.listed() ? new DrillPlanFile.SourceEntry(FROM_S3) : null, blankToNull(o.storage()),
                blankToNull(o.prefix()), o.naming().isEmpty() ? null : new DrillPlanFile.NamingEntry(o.naming()), pick,
                b.backupId(), b.withinDays() == 0 ? null : b.withinDays());
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static StepEntry toFile(DrillStep s) {
        return new StepEntry(s.name(), s.run(), s.manual(), s.timeout());
    }

    private static CheckEntry toFile(DrillCheck c) {
        Expectation x = c.expect();
        return new CheckEntry(c.name(), c.run(), c.timeout(), new ExpectEntry(
                x.kind() == Expectation.Kind.EQUALS ? x.value() : null,
                x.kind() == Expectation.Kind.MATCHES ? x.value() : null,
                x.kind() == Expectation.Kind.AT_LEAST ? new BigDecimal(x.value()) : null,
                x.kind() == Expectation.Kind.AT_MOST ? new BigDecimal(x.value()) : null,
                x.kind() == Expectation.Kind.CHECKSUM_EQUALS ? x.value() : null));
    }
}
