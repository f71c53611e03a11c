package io.drillbook.core.overview;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing the overview shows: a one-line title, a detail saying why (a gate's reason, an owner
 * and a due date), how urgent it is and where it leads.
 */
public record AttentionItem(AttentionSection section, AttentionLevel level, String title, String detail, AttentionLink link) {

    /** Most urgent first, then by title. */
    public static final Comparator<AttentionItem> URGENT_FIRST = Comparator.comparing(AttentionItem::level)
            .thenComparing(AttentionItem::title);

    public AttentionItem {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(title, "title");
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(link, "link");
    }
}
