package io.drillbook.ui.playbook;

/** One stored playbook in the list: its name, target and how its last run went (in words and as a tone). */
record PlaybookRow(String name, String target, String lastRun, io.drillbook.ui.common.StatusTone lastTone) {
}
