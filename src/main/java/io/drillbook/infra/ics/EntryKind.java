package io.drillbook.infra.ics;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an imported VEVENT becomes. Decided in this order (docs/adr/0003-recurrence.md):
 * our own {@code X-DRILLBOOK-KIND}; then CATEGORIES (release, cab, backup, freeze/blackout);
 * then SUMMARY keywords (CAB / change advisory); anything else (holidays, peak-sale days,
 * "freeze", "blackout") is imported as a freeze of every environment, because a blackout wrongly dropped lets a risky
 * release through silently while a wrongly kept one is visible and easy to delete.
 */
enum EntryKind {
    RELEASE("release"), CAB("cab"), FREEZE("freeze"), RECOVERY("recovery"), BACKUP_WINDOW("backup-window");

    private static final Pattern CAB_WORDS = Pattern.compile("(?i)\\bCAB\\b|change advisory");

    private final String token;

    EntryKind(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }

    static EntryKind of(IcsEvent event) {
        var own = event.first("X-DRILLBOOK-KIND");
        if (own.isPresent()) {
            String value = own.get().value().trim().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(k -> k.token.equals(value)).findFirst()
                    .orElseThrow(() -> new LineException(own.get().line(), "X-DRILLBOOK-KIND '" + value
                            + "' is not one of release, cab, freeze, recovery, backup-window"));
        }
        for (ContentLine categories : event.all("CATEGORIES")) {
            for (String c : categories.value().toLowerCase(Locale.ROOT).split(",")) {
                EntryKind k = fromCategory(c.trim());
                if (k != null) {
                    return k;
                }
            }
        }
        String summary = event.text("SUMMARY");
        return CAB_WORDS.matcher(summary).find() ? CAB : FREEZE;
    }

    private static EntryKind fromCategory(String c) {
        return switch (c) {
            case "release", "releases", "deployment" -> RELEASE;
            case "cab", "change advisory board" -> CAB;
            case "backup", "backup window", "backups" -> BACKUP_WINDOW;
            case "freeze", "blackout", "change freeze" -> FREEZE;
            case "recovery", "active recovery" -> RECOVERY;
            default -> null;
        };
    }
}
