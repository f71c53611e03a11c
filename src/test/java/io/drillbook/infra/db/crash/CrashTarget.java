package io.drillbook.infra.db.crash;

/** Where a crash trial's commands run: the built-in local profile, or Debian's OpenSSH from the DRILLBOOK_TEST_SSHD_* variables. */
public enum CrashTarget {
    LOCAL, SSH;

    /** The connection profile name the plans and playbooks name. */
    String profile() {
        return this == LOCAL ? "local" : "crash-ssh";
    }

    /** Null when this target can be used here, else why not. */
    public String unavailableReason() {
        if (this == SSH && System.getenv("DRILLBOOK_TEST_SSHD_PORT") == null) {
            return "DRILLBOOK_TEST_SSHD_PORT is not set: eval \"$(.ci/start-sshd.sh)\" to kill runs over OpenSSH too";
        }
        return null;
    }
}
