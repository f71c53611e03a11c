package io.drillbook.ui.compliance;

/** How the heat map's rows are grouped and sorted. */
public enum RowOrder {
    SYSTEM("System"), ENVIRONMENT("Environment"), TIER("Tier"), OWNER("Owner"), WORST_FIRST("Worst first");

    private final String label;

    RowOrder(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
