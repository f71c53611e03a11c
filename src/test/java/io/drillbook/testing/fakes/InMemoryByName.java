package io.drillbook.testing.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Items kept by name, listed by name: the shape of the profile and source repositories. */
class InMemoryByName<T> {
    private final TreeMap<String, T> items = new TreeMap<>();
    private final Function<T, String> name;

    InMemoryByName(Function<T, String> name) {
        this.name = name;
    }

    public synchronized void save(T item) {
        items.put(name.apply(item), item);
    }

    public synchronized Optional<T> find(String key) {
        return Optional.ofNullable(items.get(key));
    }

    public synchronized List<T> all() {
        return new ArrayList<>(items.values());
    }

    public synchronized boolean delete(String key) {
        return items.remove(key) != null;
    }
}
