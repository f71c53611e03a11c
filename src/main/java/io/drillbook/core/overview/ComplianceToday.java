package io.drillbook.core.overview;

import io.drillbook.core.compliance.ComplianceMatrix;
import io.drillbook.core.compliance.ComplianceStatus;
import io.drillbook.core.compliance.Metric;
import io.drillbook.core.format.HumanUnits;
import io.drillbook.core.model.SystemEnv;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Today's column of the compliance matrix as overview items: targets whose RPO is in breach or at
 * risk, targets whose tested RPO is in breach while their RPO is not (backups taken but not proven
 * by a drill: a tested-RPO gap), and targets whose newest passing drill is older than their drill
 * policy allows (drill overdue). Reads one column: as fast at a thousand targets as at ten.
 */
public final class ComplianceToday {
    private ComplianceToday() {
    }

    public static List<AttentionItem> items(ComplianceMatrix matrix, int column) {
        List<AttentionItem> out = new ArrayList<>();
        for (int row = 0; row < matrix.rows().size(); row++) {
            SystemEnv target = matrix.rows().get(row);
            ComplianceStatus rpo = matrix.status(Metric.RPO, row, column);
            ComplianceStatus tested = matrix.status(Metric.TESTED_RPO, row, column);
            if (rpo == ComplianceStatus.BREACH || rpo == ComplianceStatus.AT_RISK) {
                out.add(new AttentionItem(AttentionSection.COMPLIANCE, rpo == ComplianceStatus.BREACH ? AttentionLevel.BREACH
                        : AttentionLevel.AT_RISK, target + ": RPO " + (rpo == ComplianceStatus.BREACH ? "in breach" : "at risk"),
                        minutes("worst RPO today", matrix.worstRpoMinutes(row, column)),
                        AttentionLink.of(AttentionLink.Kind.COMPLIANCE_RPO, target.toString(), target)));
            } else if (tested == ComplianceStatus.BREACH) {
                out.add(new AttentionItem(AttentionSection.COMPLIANCE, AttentionLevel.AT_RISK, target + ": tested-RPO gap",
                        minutes("newest drill-verified backup", matrix.worstTestedRpoMinutes(row, column)),
                        AttentionLink.of(AttentionLink.Kind.COMPLIANCE_TESTED_RPO, target.toString(), target)));
            }
            ComplianceStatus freshness = matrix.status(Metric.DRILL_FRESHNESS, row, column);
            if (freshness == ComplianceStatus.STALE || freshness == ComplianceStatus.BREACH) {
                int age = matrix.drillAgeDays(row, column);
                out.add(new AttentionItem(AttentionSection.DRILLS, AttentionLevel.STALE, target + ": drill overdue",
                        age < 0 ? "no passing drill on record" : "newest passing drill " + age + " days ago",
                        AttentionLink.of(AttentionLink.Kind.DRILL_DUE, target.toString(), target)));
            }
        }
        return out;
    }

    private static String minutes(String what, int minutes) {
        return minutes < 0 ? what + ": none on record" : what + ": " + HumanUnits.duration(Duration.ofMinutes(minutes)) + " old";
    }
}
