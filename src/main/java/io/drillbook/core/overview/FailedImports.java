package io.drillbook.core.overview;

import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.model.SystemEnv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports and refreshes that went wrong, from their evidence: a refresh source whose newest
 * refresh failed, a pipeline's pre-release backup whose newest run failed (a later success of the
 * same source or target settles it), and imports that rejected records.
 */
public final class FailedImports {
    static final String REFRESH = "inventory.refresh";
    static final String IMPORTED = "backup.imported";
    static final String BACKUP_RUN = "backup.run.";
    static final String BACKUP_RUN_FAILED = "backup.run.failed";

    private FailedImports() {
    }

    /** @param newestFirst events of kinds {@code inventory.refresh}, {@code backup.imported} and {@code backup.run.*}, newest first */
    public static List<AttentionItem> items(List<EvidenceEvent> newestFirst) {
        Set<String> seen = new HashSet<>();
        List<AttentionItem> out = new ArrayList<>();
        for (EvidenceEvent e : newestFirst) {
            Map<String, Object> payload = CanonicalJson.readMap(e.payload());
            if (e.kind().equals(REFRESH) && seen.add("refresh:" + e.subject()) && "failed".equals(text(payload, "outcome"))) {
                out.add(new AttentionItem(AttentionSection.IMPORTS, AttentionLevel.BREACH, "Refresh of " + e.subject() + " failed",
                        text(payload, "problem"), new AttentionLink(AttentionLink.Kind.REFRESH_SOURCE, e.subject(), null, e.time(), "")));
            } else if (e.kind().startsWith(BACKUP_RUN) && seen.add("run:" + e.subject()) && e.kind().equals(BACKUP_RUN_FAILED)) {
                out.add(new AttentionItem(AttentionSection.IMPORTS, AttentionLevel.BREACH, "Pre-release backup of " + e.subject() + " failed",
                        text(payload, "reason"), new AttentionLink(AttentionLink.Kind.BACKUP_RUN, e.subject(), target(e.subject()), e.time(), "")));
            } else if (e.kind().equals(IMPORTED) && number(payload, "rejected") > 0) {
                long rejected = number(payload, "rejected");
                out.add(new AttentionItem(AttentionSection.IMPORTS, AttentionLevel.AT_RISK, "Import of " + text(payload, "file")
                        + " rejected " + rejected + (rejected == 1 ? " record" : " records"),
                        text(payload, "source") + " · " + e.subject(),
                        new AttentionLink(AttentionLink.Kind.REFRESH_SOURCE, "", target(e.subject()), e.time(), "")));
            }
        }
        return out;
    }

    private static String text(Map<String, Object> payload, String key) {
        Object v = payload.get(key);
        return v == null ? "" : v.toString();
    }

    private static long number(Map<String, Object> payload, String key) {
        try {
            return Long.parseLong(text(payload, key));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static SystemEnv target(String subject) {
        int slash = subject.indexOf('/');
        return slash <= 0 || slash == subject.length() - 1 || subject.contains(",") ? null
                : new SystemEnv(subject.substring(0, slash), subject.substring(slash + 1));
    }
}
