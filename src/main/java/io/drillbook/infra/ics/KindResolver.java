package io.drillbook.infra.ics;

import io.drillbook.core.calendar.IcsImportOptions;
import io.drillbook.core.calendar.CalendarMapping;


import io.drillbook.core.calendar.EntryKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what one event is, in this order: {@code --as}; the mapping file (a matching rule, then
 * its top-level kind); the event's own {@code X-DRILLBOOK-KIND}, then its CATEGORIES; then clear
 * words in its title. An event nothing matches is an external entry: shown, never blocking.
 * Systems and environments: the event's X-DRILLBOOK-SYSTEMS/ENVIRONMENTS, the mapping rule's,
 * {@code --systems}/{@code --env}, the mapping file's, then names of known systems and
 * environments written as words in the title.
 */
final class KindResolver {
    private final IcsImportOptions options;

    KindResolver(IcsImportOptions options) {
        this.options = options;
    }

    record Decision(EntryKind kind, String source, List<String> systems, List<String> environments) {
    }

    Decision decide(IcsEvent e) {
        String title = e.text("SUMMARY");
        Optional<CalendarMapping.Rule> rule = Optional.ofNullable(options.mapping()).flatMap(m -> m.ruleFor(e.text("UID"), title));
        EntryKind kind;
        String source;
        if (options.as() != null) {
            kind = options.as();
            source = "--as";
        } else if (rule.isPresent()) {
            kind = rule.get().kind();
            source = "mapping file";
        } else if (options.mapping() != null && options.mapping().kind() != null) {
            kind = options.mapping().kind();
            source = "mapping file";
        } else {
            Decision own = ownKind(e, title);
            kind = own.kind();
            source = own.source();
        }
        List<String> systems = first(list(e, "X-DRILLBOOK-SYSTEMS"), rule.map(CalendarMapping.Rule::systems).orElse(List.of()),
                options.systems(), options.mapping() == null ? List.of() : options.mapping().systems(), named(title, options.knownSystems()));
        List<String> environments = first(list(e, "X-DRILLBOOK-ENVIRONMENTS"), rule.map(CalendarMapping.Rule::environments).orElse(List.of()),
                options.environments(), options.mapping() == null ? List.of() : options.mapping().environments(),
                named(title, options.knownEnvironments()));
        return new Decision(kind, source, systems, environments);
    }

    private static Decision ownKind(IcsEvent e, String title) {
        var own = e.first("X-DRILLBOOK-KIND");
        if (own.isPresent()) {
            String value = own.get().value();
            EntryKind kind = EntryKind.ofToken(value).orElseThrow(() -> new LineException(own.get().line(),
                    "X-DRILLBOOK-KIND '" + value.trim() + "' is not one of " + EntryKind.tokens()));
            return new Decision(kind, "X-DRILLBOOK-KIND", List.of(), List.of());
        }
        for (ContentLine categories : e.all("CATEGORIES")) {
            for (String c : IcsEvent.unescape(categories.value()).split(",")) {
                Optional<EntryKind> k = EntryKind.ofCategory(c);
                if (k.isPresent()) {
                    return new Decision(k.get(), "CATEGORIES", List.of(), List.of());
                }
            }
        }
        return EntryKind.ofTitle(title).map(k -> new Decision(k, "title", List.of(), List.of()))
                .orElse(new Decision(EntryKind.EXTERNAL, "nothing matched", List.of(), List.of()));
    }

    @SafeVarargs
    private static List<String> first(List<String>... candidates) {
        return Arrays.stream(candidates).filter(c -> !c.isEmpty()).findFirst().orElse(List.of());
    }

    static List<String> list(IcsEvent e, String name) {
        return e.first(name).map(l -> Arrays.stream(l.value().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** Known names written in the title as whole words ("orders-db", "(prod)"). */
    private static List<String> named(String title, Set<String> known) {
        List<String> found = new ArrayList<>();
        String lower = title.toLowerCase(Locale.ROOT);
        for (String name : known) {
            Pattern word = Pattern.compile("(?<![\\w-])" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "(?![\\w-])");
            if (word.matcher(lower).find()) {
                found.add(name);
            }
        }
        found.sort(null);
        return found;
    }
}
