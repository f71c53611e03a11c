package io.drillbook.ui.overview;

import io.drillbook.core.overview.AttentionService;
import io.drillbook.core.overview.TrendService;

import java.time.ZoneId;

/**
 * What the overview reads, all from the core: what needs attention now and the quarter's trend.
 *
 * @param zone the zone times are shown in
 */
public record OverviewServices(AttentionService attention, TrendService trend, ZoneId zone) {
}
