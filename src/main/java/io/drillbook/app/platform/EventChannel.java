package io.drillbook.app.platform;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Events between features, typed by their record class: one feature publishes (the playbook runner
 * started a recovery freeze), others subscribe (the calendar and the status bar redraw). Listeners
 * run on the publisher's thread; a listener that must touch the screen hands over to the FX thread itself.
 */
public final class EventChannel {
    private final Map<Class<?>, List<Consumer<?>>> listeners = new ConcurrentHashMap<>();

    /** {@code listener} hears every later event of exactly {@code type}. */
    public <E> void subscribe(Class<E> type, Consumer<? super E> listener) {
        listeners.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /** Tells every subscriber of the event's class, in the order they subscribed. */
    @SuppressWarnings("unchecked")
    public <E> void publish(E event) {
        for (Consumer<?> listener : listeners.getOrDefault(event.getClass(), List.of())) {
            ((Consumer<E>) listener).accept(event);
        }
    }
}
