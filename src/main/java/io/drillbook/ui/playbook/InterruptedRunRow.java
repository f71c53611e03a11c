package io.drillbook.ui.playbook;

/** One run cut off by a crash, as the playbooks screen lists it: what, where, when, by whom, where it stopped. */
record InterruptedRunRow(String runId, String playbook, String target, String started, String operator, String stoppedAt) {
}
