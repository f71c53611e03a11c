package io.drillbook.infra.ics;

import java.time.ZoneId;

/** Zone names as calendar programs write them (IANA, or Outlook's Windows names), for callers outside this package. */
public final class IcsTimesPublic {
    private IcsTimesPublic() {
    }

    /** @throws IllegalArgumentException naming the zone when it is neither an IANA nor a known Windows zone */
    public static ZoneId zone(String name) {
        return IcsTimes.zone(name);
    }
}
