package io.drillbook.core.playbook;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.team.Action;
import io.drillbook.core.team.Authorizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workspace's playbooks: stores checked YAML text (so an export reads back as it was written),
 * parses it on demand, and records every change as evidence ({@code playbook.saved|deleted}).
 */
public final class PlaybookLibrary {
    private static final Logger LOGGER = LoggerFactory.getLogger(PlaybookLibrary.class);

    private final PlaybookRepository repository;
    private final PlaybookFormat format;
    private final EvidenceLog evidence;
    private final Authorizer access;
    private final Clock clock;

    public PlaybookLibrary(PlaybookRepository repository, PlaybookFormat format, EvidenceLog evidence, Authorizer access,
                           Clock clock) {
        this.repository = repository;
        this.format = format;
        this.evidence = evidence;
        this.access = access;
        this.clock = clock;
    }

    /** Parses {@code text} (errors name {@code source}, line and column) and stores it under its name. */
    public Playbook importText(String text, String source) {
        Playbook playbook = format.read(text, source);
        save(playbook, text, source);
        return playbook;
    }

    /** Stores {@code playbook} written out in the file format. */
    public void save(Playbook playbook, String source) {
        save(playbook, format.write(playbook), source);
    }

    private void save(Playbook playbook, String text, String source) {
        String who = evidence.currentActor();
        access.require(who, Action.RUN_PLAYBOOK);
        boolean existed = repository.find(playbook.name()).isPresent();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("target", playbook.systemEnv().toString());
        payload.put("steps", playbook.steps().stream().map(PlaybookStep::name).toList());
        payload.put("source", source);
        payload.put("replaced", existed);
        payload.put("sha256", sha256(text));
        evidence.commit(() -> repository.save(new StoredPlaybook(playbook.name(), playbook.systemEnv(), text, clock.instant(), who)),
                EvidenceLog.Entry.of("playbook.saved", playbook.name(), payload));
        LOGGER.info("Playbook '{}' saved from {}", playbook.name(), source);
    }

    public List<StoredPlaybook> all() {
        return repository.all();
    }

    public Optional<StoredPlaybook> stored(String name) {
        return repository.find(name);
    }

    /** The parsed playbook of that name. */
    public Optional<Playbook> playbook(String name) {
        return repository.find(name).map(s -> format.read(s.yaml(), "playbook '" + name + "'"));
    }

    /** The YAML text to export; throws naming the playbooks there are when none has that name. */
    public String export(String name) {
        return repository.find(name).map(StoredPlaybook::yaml).orElseThrow(() -> unknown(name));
    }

    public boolean delete(String name) {
        access.require(evidence.currentActor(), Action.RUN_PLAYBOOK);
        return evidence.commit(() -> repository.delete(name),
                deleted -> deleted ? EvidenceLog.Entry.of("playbook.deleted", name, Map.of("name", name)) : null);
    }

    public IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("no playbook named '" + name + "' in the workspace (there are: "
                + repository.all().stream().map(StoredPlaybook::name).toList() + ")");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
