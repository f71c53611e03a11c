package io.drillbook.app.platform;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventChannelTest {
    record OtherEvent(String what) {
    }

    @Test
    void subscribersHearOnlyEventsOfTheirTypeInTheOrderTheySubscribed() {
        EventChannel events = new EventChannel();
        List<String> heard = new ArrayList<>();
        events.subscribe(FreezesChanged.class, e -> heard.add("calendar"));
        events.subscribe(FreezesChanged.class, e -> heard.add("status bar"));
        events.subscribe(OtherEvent.class, e -> heard.add("other: " + e.what()));

        events.publish(new FreezesChanged());
        events.publish(new OtherEvent("x"));

        assertThat(heard).containsExactly("calendar", "status bar", "other: x");
    }

    @Test
    void anEventNobodySubscribedToGoesNowhere() {
        EventChannel events = new EventChannel();
        List<Object> heard = new ArrayList<>();
        events.subscribe(OtherEvent.class, heard::add);

        events.publish(new FreezesChanged());

        assertThat(heard).isEmpty();
    }
}
