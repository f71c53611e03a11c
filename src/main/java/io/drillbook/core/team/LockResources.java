package io.drillbook.core.team;

import io.drillbook.core.model.SystemEnv;

/** The names of the resources that runs lock, one place so every console uses the same. */
public final class LockResources {
    /** At most one active recovery freeze at a time. */
    public static final String ACTIVE_RECOVERY_FREEZE = "active-recovery-freeze";

    private LockResources() {
    }

    /** One active playbook run per system and environment. */
    public static String playbookRun(SystemEnv target) {
        return "playbook-run:" + target.system() + "/" + target.environment();
    }

    /** One drill at a time against the same isolated target (a host, a bucket, a namespace). */
    public static String drillTarget(String isolatedTarget) {
        return "drill-target:" + isolatedTarget;
    }
}
