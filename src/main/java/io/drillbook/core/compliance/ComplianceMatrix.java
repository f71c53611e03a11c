package io.drillbook.core.compliance;

import io.drillbook.core.model.SystemEnv;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The heat map's data: rows are targets, columns are days. Per cell one status byte per
 * {@link Metric}, the worst RPO and tested RPO in minutes and the newest passing drill's age in
 * days (-1 when unknown), all in flat arrays indexed {@code row * days + column}: no object per cell.
 */
public final class ComplianceMatrix {
    private final List<SystemEnv> rows;
    private final Map<SystemEnv, Integer> rowIndex = new HashMap<>();
    private final LocalDate from;
    private final int days;
    private final ZoneId zone;
    private final byte[][] statuses;
    private final int[] worstRpoMinutes;
    private final int[] worstTestedRpoMinutes;
    private final int[] drillAgeDays;

    public ComplianceMatrix(List<SystemEnv> rows, LocalDate from, int days, ZoneId zone) {
        this.rows = List.copyOf(rows);
        this.from = from;
        this.days = days;
        this.zone = zone;
        int cells = Math.multiplyExact(rows.size(), days);
        this.statuses = new byte[Metric.values().length][cells];
        this.worstRpoMinutes = filled(cells);
        this.worstTestedRpoMinutes = filled(cells);
        this.drillAgeDays = filled(cells);
        for (int i = 0; i < this.rows.size(); i++) {
            rowIndex.put(this.rows.get(i), i);
        }
    }

    private static int[] filled(int cells) {
        int[] a = new int[cells];
        Arrays.fill(a, -1);
        return a;
    }

    public List<SystemEnv> rows() {
        return rows;
    }

    public LocalDate from() {
        return from;
    }

    public int days() {
        return days;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate day(int column) {
        return from.plusDays(column);
    }

    /** The column of {@code day}, or -1 outside the range. */
    public int column(LocalDate day) {
        long c = ChronoUnit.DAYS.between(from, day);
        return c < 0 || c >= days ? -1 : (int) c;
    }

    /** The row of {@code target}, or -1 when it is not in the matrix. */
    public int row(SystemEnv target) {
        return rowIndex.getOrDefault(target, -1);
    }

    public ComplianceStatus status(Metric metric, int row, int column) {
        return ComplianceStatus.of(statuses[metric.ordinal()][cell(row, column)]);
    }

    public int worstRpoMinutes(int row, int column) {
        return worstRpoMinutes[cell(row, column)];
    }

    public int worstTestedRpoMinutes(int row, int column) {
        return worstTestedRpoMinutes[cell(row, column)];
    }

    public int drillAgeDays(int row, int column) {
        return drillAgeDays[cell(row, column)];
    }

    void set(int cell, Metric metric, ComplianceStatus status) {
        statuses[metric.ordinal()][cell] = status.code();
    }

    void setValues(int cell, int rpoMinutes, int testedRpoMinutes, int drillAge) {
        worstRpoMinutes[cell] = rpoMinutes;
        worstTestedRpoMinutes[cell] = testedRpoMinutes;
        drillAgeDays[cell] = drillAge;
    }

    int cell(int row, int column) {
        if (row < 0 || row >= rows.size() || column < 0 || column >= days) {
            throw new IndexOutOfBoundsException("cell " + row + "," + column + " outside " + rows.size() + "x" + days);
        }
        return row * days + column;
    }
}
