package io.drillbook.core.pipeline;

import io.drillbook.core.calendar.Gate;

import java.util.Locale;

/** How a gate is named in pipeline output: {@code pre-release-backup}, as {@code gate} prints it. */
final class GateNames {
    private GateNames() {
    }

    static String slug(Gate gate) {
        return gate.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
