package io.drillbook.core.playbook;

import java.util.List;
import java.util.Optional;

/** Playbooks kept in the workspace, by name. Stores only: evidence comes from {@link PlaybookLibrary}. */
public interface PlaybookRepository {

    /** Adds or replaces the playbook of the same name. */
    void save(StoredPlaybook playbook);

    Optional<StoredPlaybook> find(String name);

    /** Every stored playbook, by name. */
    List<StoredPlaybook> all();

    boolean delete(String name);
}
