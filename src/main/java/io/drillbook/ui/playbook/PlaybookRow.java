package io.drillbook.ui.playbook;

/** One stored playbook in the list: its name, target and how its last run went. */
record PlaybookRow(String name, String target, String lastRun) {
}
