package io.drillbook.core.model;

/** A system as deployed in one environment: the unit policies, backups and drills refer to. */
public record SystemEnv(String system, String environment) implements Comparable<SystemEnv> {
    public SystemEnv {
        Names.requireName(system, "system name");
        Names.requireName(environment, "environment name");
    }

    @Override
    public int compareTo(SystemEnv other) {
        int bySystem = system.compareTo(other.system);
        return bySystem != 0 ? bySystem : environment.compareTo(other.environment);
    }

    @Override
    public String toString() {
        return system + "/" + environment;
    }
}
