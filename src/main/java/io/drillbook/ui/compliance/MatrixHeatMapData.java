package io.drillbook.ui.compliance;

import io.drillbook.core.compliance.ComplianceMatrix;
import io.drillbook.core.compliance.ComplianceStatus;
import io.drillbook.core.compliance.Metric;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.heatmap.CellStatus;
import io.drillbook.ui.heatmap.HeatMapData;

import java.time.Duration;
import java.time.LocalDate;

/** The compliance matrix as the heat map draws it: rows in a chosen order, one metric. */
public final class MatrixHeatMapData implements HeatMapData {
    private final ComplianceMatrix matrix;
    private final HeatMetric metric;
    private final int[] order;

    /** @param order matrix row index for each displayed row */
    public MatrixHeatMapData(ComplianceMatrix matrix, HeatMetric metric, int[] order) {
        this.matrix = matrix;
        this.metric = metric;
        this.order = order.clone();
    }

    public SystemEnv target(int row) {
        return matrix.rows().get(order[row]);
    }

    /** The displayed row of a target, or -1. */
    public int rowOf(SystemEnv target) {
        for (int i = 0; i < order.length; i++) {
            if (target(i).equals(target)) {
                return i;
            }
        }
        return -1;
    }

    public ComplianceMatrix matrix() {
        return matrix;
    }

    @Override
    public int rowCount() {
        return order.length;
    }

    @Override
    public int dayCount() {
        return matrix.days();
    }

    @Override
    public LocalDate firstDay() {
        return matrix.from();
    }

    @Override
    public String rowLabel(int row) {
        return target(row).toString();
    }

    @Override
    public CellStatus status(int row, int day) {
        return cellStatus(metric.statusOf(matrix, order[row], day));
    }

    static CellStatus cellStatus(ComplianceStatus s) {
        return switch (s) {
            case COMPLIANT -> CellStatus.COMPLIANT;
            case AT_RISK -> CellStatus.AT_RISK;
            case STALE -> CellStatus.STALE;
            case BREACH -> CellStatus.BREACH;
            case UNKNOWN -> CellStatus.UNKNOWN;
        };
    }

    @Override
    public String describe(int row, int day) {
        int r = order[row];
        int drillAge = matrix.drillAgeDays(r, day);
        return "worst RPO " + minutes(matrix.worstRpoMinutes(r, day))
                + " · tested RPO " + minutes(matrix.worstTestedRpoMinutes(r, day))
                + "\nRTO " + matrix.status(Metric.RTO, r, day).name().toLowerCase().replace('_', ' ')
                + " · newest passing drill " + (drillAge < 0 ? "none" : drillAge + " days old");
    }

    static String minutes(int value) {
        return value < 0 ? "unknown" : Formats.duration(Duration.ofMinutes(value));
    }
}
