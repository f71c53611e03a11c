package io.drillbook.core.inventory;

import java.util.List;

/**
 * What an import did.
 *
 * @param added       backups not known before, now stored
 * @param known       backups already in the inventory (re-imports add nothing)
 * @param rejected    items not taken, with reasons
 * @param notices     tool status worth a look (e.g. pgBackRest status code, a backup running)
 */
public record ImportSummary(String fileName, String sha256, int added, int known, List<Rejection> rejected,
                            List<String> notices) {
    public ImportSummary {
        rejected = List.copyOf(rejected);
        notices = List.copyOf(notices);
    }

    /** A few lines for a terminal. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(fileName).append(": ").append(added).append(" added, ").append(known)
                .append(" already known, ").append(rejected.size()).append(" rejected");
        rejected.forEach(r -> sb.append(System.lineSeparator()).append("  rejected ").append(r));
        notices.forEach(n -> sb.append(System.lineSeparator()).append("  notice: ").append(n));
        return sb.toString();
    }
}
