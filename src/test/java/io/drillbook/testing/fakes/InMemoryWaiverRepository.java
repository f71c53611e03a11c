package io.drillbook.testing.fakes;

import io.drillbook.core.calendar.Waiver;
import io.drillbook.core.calendar.WaiverRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Gate waivers in a list; like the JDBC adapter, a second waiver with a stored id is refused. */
public final class InMemoryWaiverRepository implements WaiverRepository, InMemoryTransactions.Snapshotting {
    private static final Comparator<Waiver> NEWEST_FIRST = Comparator.comparing(Waiver::createdAt).reversed();
    private final List<Waiver> waivers = new ArrayList<>();

    @Override
    public synchronized void save(Waiver waiver) {
        if (byId(waiver.id()).isPresent()) {
            throw new IllegalStateException("waiver " + waiver.id() + " is stored already");
        }
        waivers.add(waiver);
    }

    @Override
    public synchronized Optional<Waiver> byId(String id) {
        return waivers.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    @Override
    public synchronized List<Waiver> activeAt(Instant at) {
        return waivers.stream().filter(w -> !w.createdAt().isAfter(at) && w.expiresAt().isAfter(at)).sorted(NEWEST_FIRST).toList();
    }

    @Override
    public synchronized List<Waiver> all() {
        return waivers.stream().sorted(NEWEST_FIRST).toList();
    }

    @Override
    public synchronized Runnable snapshot() {
        List<Waiver> saved = List.copyOf(waivers);
        return () -> {
            synchronized (this) {
                waivers.clear();
                waivers.addAll(saved);
            }
        };
    }
}
