package io.drillbook.core.overview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the overview lists as of one moment, per section: the items shown (at most
 * {@link #PER_SECTION}, most urgent first) and how many more there are.
 */
public record Attention(Instant asOf, Map<AttentionSection, List<AttentionItem>> sections, Map<AttentionSection, Integer> more,
                        long needingAction) {
    /** Items listed per section; the rest are counted, and the screen behind the section lists them all. */
    public static final int PER_SECTION = 5;

    public Attention {
        sections = Map.copyOf(sections);
        more = Map.copyOf(more);
    }

    /** Groups {@code items} by section, keeping the most urgent {@link #PER_SECTION} of each. */
    public static Attention of(Instant asOf, List<AttentionItem> items) {
        Map<AttentionSection, List<AttentionItem>> grouped = new EnumMap<>(AttentionSection.class);
        for (AttentionSection s : AttentionSection.values()) {
            grouped.put(s, new ArrayList<>());
        }
        items.forEach(i -> grouped.get(i.section()).add(i));
        Map<AttentionSection, List<AttentionItem>> shown = new EnumMap<>(AttentionSection.class);
        Map<AttentionSection, Integer> hidden = new EnumMap<>(AttentionSection.class);
        grouped.forEach((s, list) -> {
            list.sort(s == AttentionSection.RELEASES ? java.util.Comparator.comparing((AttentionItem i) -> i.link().when(),
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())) : AttentionItem.URGENT_FIRST);
            shown.put(s, List.copyOf(list.subList(0, Math.min(PER_SECTION, list.size()))));
            hidden.put(s, Math.max(0, list.size() - PER_SECTION));
        });
        return new Attention(asOf, shown, hidden, items.stream().filter(i -> i.level().needsAction()).count());
    }

    public List<AttentionItem> items(AttentionSection section) {
        return sections.getOrDefault(section, List.of());
    }

    public int more(AttentionSection section) {
        return more.getOrDefault(section, 0);
    }

    /** True when no item in any section asks someone to act: "nothing needs your attention". */
    public boolean calm() {
        return needingAction == 0;
    }
}
