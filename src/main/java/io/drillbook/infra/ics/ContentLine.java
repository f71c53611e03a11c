package io.drillbook.infra.ics;

import java.util.Map;
import java.util.Optional;

/**
 * One unfolded iCalendar content line: {@code NAME;PARAM=x:value}, with the physical line number
 * it started on so every problem can name where it is.
 */
record ContentLine(int line, String name, Map<String, String> params, String value) {

    Optional<String> param(String key) {
        return Optional.ofNullable(params.get(key));
    }
}
