package io.drillbook.testing.fakes;

import io.drillbook.core.playbook.PlaybookRepository;
import io.drillbook.core.playbook.StoredPlaybook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Stored playbooks by name. */
public final class InMemoryPlaybookRepository implements PlaybookRepository {
    private final TreeMap<String, StoredPlaybook> playbooks = new TreeMap<>();

    @Override
    public synchronized void save(StoredPlaybook playbook) {
        playbooks.put(playbook.name(), playbook);
    }

    @Override
    public synchronized Optional<StoredPlaybook> find(String name) {
        return Optional.ofNullable(playbooks.get(name));
    }

    @Override
    public synchronized List<StoredPlaybook> all() {
        return new ArrayList<>(playbooks.values());
    }

    @Override
    public synchronized boolean delete(String name) {
        return playbooks.remove(name) != null;
    }
}
