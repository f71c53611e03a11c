package io.drillbook.ui.heatmap;

import java.time.LocalDate;

/**
 * What the heat map draws: rows (system/environment) by days, one status per cell. Backed by
 * primitive arrays so a thousand rows by a year never become a third of a million objects.
 */
public interface HeatMapData {

    int rowCount();

    int dayCount();

    LocalDate firstDay();

    String rowLabel(int row);

    /** The cell's status for the current metric. */
    CellStatus status(int row, int day);

    /** One or two lines for the tooltip, e.g. "worst RPO 26h 10m (target 24h)". */
    String describe(int row, int day);

    HeatMapData EMPTY = new HeatMapData() {
        @Override
        public int rowCount() {
            return 0;
        }

        @Override
        public int dayCount() {
            return 0;
        }

        @Override
        public LocalDate firstDay() {
            return LocalDate.EPOCH;
        }

        @Override
        public String rowLabel(int row) {
            return "";
        }

        @Override
        public CellStatus status(int row, int day) {
            return CellStatus.UNKNOWN;
        }

        @Override
        public String describe(int row, int day) {
            return "";
        }
    };
}
