package io.drillbook.infra.report;

import java.io.IOException;
import java.nio.file.Path;

/** {@link HostileZips} for tests in other packages. */
public final class HostileZipsAccess {
    private HostileZipsAccess() {
    }

    /** A 2.6 MB zip holding one 2.5 GiB entry, chain/events.jsonl. */
    public static Path bomb(Path file) throws IOException {
        return HostileZips.bomb(file, "chain/events.jsonl", 2560);
    }
}
