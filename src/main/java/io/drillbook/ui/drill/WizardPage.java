package io.drillbook.ui.drill;

/** The drill wizard's pages, in order. */
public enum WizardPage {
    TARGET("System and environment"),
    PLAN("Drill plan"),
    BACKUP("Backup"),
    PREFLIGHT("Isolated target"),
    RUN("Run"),
    RESULTS("Results"),
    GAPS("Gaps and notes"),
    SUMMARY("Summary");

    private final String title;

    WizardPage(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public WizardPage next() {
        return this == SUMMARY ? SUMMARY : values()[ordinal() + 1];
    }

    public WizardPage previous() {
        return this == TARGET ? TARGET : values()[ordinal() - 1];
    }
}
