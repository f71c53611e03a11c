package io.drillbook.core.overview;

/** The overview's groups, in the order they are shown. */
public enum AttentionSection {
    RELEASES("Upcoming releases (14 days)"),
    COMPLIANCE("Today's compliance"),
    DRILLS("Drills overdue or failed"),
    GAPS("Gaps past due"),
    FREEZES("Freezes and recoveries"),
    IMPORTS("Imports and refreshes that failed");

    private final String title;

    AttentionSection(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
