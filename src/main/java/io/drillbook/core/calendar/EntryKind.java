package io.drillbook.core.calendar;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an imported calendar event becomes. Only releases, backup windows, freezes and active
 * recoveries take part in gates; CAB meetings feed the CAB gate; maintenance windows and external
 * entries are shown and never block anything.
 */
public enum EntryKind {
    RELEASE("release", "Release"),
    BACKUP_WINDOW("backup-window", "Backup window"),
    CAB("cab", "CAB meeting"),
    FREEZE("freeze", "Freeze"),
    RECOVERY("recovery", "Active recovery"),
    MAINTENANCE_WINDOW("maintenance-window", "Maintenance window"),
    EXTERNAL("external", "External");

    /** Title words, checked in this order: "Release freeze" is a freeze, "Backup window" a backup window. */
    private static final Pattern FREEZE_WORDS = Pattern.compile("(?i)\\b(freeze|frozen|blackout|black-out|no[- ]deploy(s|ments?)?|change stop)\\b");
    private static final Pattern CAB_WORDS = Pattern.compile("(?i)\\bCAB\\b|change advisory");
    private static final Pattern BACKUP_WORDS = Pattern.compile("(?i)\\bbackups?\\b");
    private static final Pattern MAINTENANCE_WORDS = Pattern.compile("(?i)\\bmaintenance\\b|\\bpatch(ing)? window\\b");
    private static final Pattern RELEASE_WORDS = Pattern.compile("(?i)\\b(release|deploy(ment)?|rollout|roll-out|go-live)\\b");

    private final String token;
    private final String label;

    EntryKind(String token, String label) {
        this.token = token;
        this.label = label;
    }

    /** The word used in {@code --as}, mapping files, {@code X-DRILLBOOK-KIND} and CATEGORIES. */
    public String token() {
        return token;
    }

    /** How people call it, as shown in the preview and written to CATEGORIES. */
    public String label() {
        return label;
    }

    /** True for kinds whose entries block or feed a release gate. */
    public boolean takesPartInGates() {
        return this != MAINTENANCE_WINDOW && this != EXTERNAL;
    }

    /** A token (or a common alias: cab-meeting, backup, maintenance, blackout, other) to its kind. */
    public static Optional<EntryKind> ofToken(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        Optional<EntryKind> exact = Arrays.stream(values()).filter(k -> k.token.equals(t)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        return Optional.ofNullable(switch (t) {
            case "cab-meeting", "change-advisory-board" -> CAB;
            case "backup", "backups" -> BACKUP_WINDOW;
            case "maintenance" -> MAINTENANCE_WINDOW;
            case "blackout", "change-freeze" -> FREEZE;
            case "active-recovery" -> RECOVERY;
            case "other", "info", "information" -> EXTERNAL;
            default -> null;
        });
    }

    /** A CATEGORIES value (ours, or what people type: "Release", "Backup window", "Blackout") to its kind. */
    public static Optional<EntryKind> ofCategory(String category) {
        String c = category.trim().toLowerCase(Locale.ROOT);
        Optional<EntryKind> token = ofToken(c);
        if (token.isPresent()) {
            return token;
        }
        return Optional.ofNullable(switch (c) {
            case "releases", "deployment", "deployments" -> RELEASE;
            case "cab meeting", "change advisory board" -> CAB;
            case "backup window", "backup windows" -> BACKUP_WINDOW;
            case "maintenance window", "maintenance windows" -> MAINTENANCE_WINDOW;
            default -> null;
        });
    }

    /** The kind clear words in a title name, if any (see the order above). */
    public static Optional<EntryKind> ofTitle(String title) {
        if (FREEZE_WORDS.matcher(title).find()) {
            return Optional.of(FREEZE);
        }
        if (CAB_WORDS.matcher(title).find()) {
            return Optional.of(CAB);
        }
        if (BACKUP_WORDS.matcher(title).find()) {
            return Optional.of(BACKUP_WINDOW);
        }
        if (MAINTENANCE_WORDS.matcher(title).find()) {
            return Optional.of(MAINTENANCE_WINDOW);
        }
        return RELEASE_WORDS.matcher(title).find() ? Optional.of(RELEASE) : Optional.empty();
    }

    /** Every token, for messages. */
    public static String tokens() {
        return String.join(", ", Arrays.stream(values()).map(EntryKind::token).toList());
    }
}
