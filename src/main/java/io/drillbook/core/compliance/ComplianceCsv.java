package io.drillbook.core.compliance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** The heat map's data as CSV: one line per target and day, every metric. */
public final class ComplianceCsv {
    public static final String HEADER = "system,environment,day,rpo,worst_rpo_minutes,tested_rpo,worst_tested_rpo_minutes,rto,drill_freshness,drill_age_days";

    private ComplianceCsv() {
    }

    public static void write(ComplianceMatrix m, Writer out) {
        try {
            out.write(HEADER);
            out.write("\n");
            for (int r = 0; r < m.rows().size(); r++) {
                for (int c = 0; c < m.days(); c++) {
                    DailyCompliance d = DailyCompliance.of(m, r, c);
                    out.write(m.rows().get(r).system() + "," + m.rows().get(r).environment() + "," + d.day() + ","
                            + d.rpo() + "," + d.worstRpoMinutes() + "," + d.testedRpo() + "," + d.worstTestedRpoMinutes() + ","
                            + d.rto() + "," + d.drillFreshness() + "," + d.drillAgeDays() + "\n");
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
