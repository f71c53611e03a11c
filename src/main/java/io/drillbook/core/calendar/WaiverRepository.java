package io.drillbook.core.calendar;


import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Gate waivers. Waivers are never deleted: an expired waiver stays as history. */
public interface WaiverRepository {

    void save(Waiver waiver);

    Optional<Waiver> byId(String id);

    /** Waivers given at or before {@code at} that expire after it. */
    List<Waiver> activeAt(Instant at);

    /** Every waiver, newest first. */
    List<Waiver> all();
}
