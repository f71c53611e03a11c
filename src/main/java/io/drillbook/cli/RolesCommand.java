package io.drillbook.cli;

import io.drillbook.core.team.Action;
import io.drillbook.core.team.Role;
import io.drillbook.core.team.RoleAdministration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code drillbook roles grant|revoke|list}: who may do what in this workspace. Granting and
 * revoking need the admin role; each change and each refusal is evidence.
 * Register with {@code root.addSubcommand("roles", new RolesCommand(roles, operator))}.
 */
@ReadOnly
@Command(name = "roles", mixinStandardHelpOptions = true,
        description = {"Grant, revoke and list roles: viewer, release-manager, incident-commander, drill-operator, admin."})
public final class RolesCommand implements Runnable {
    private final Supplier<RoleAdministration> roles;
    private final Supplier<String> operator;

    @Spec
    CommandSpec spec;

    /**
     * @param roles    opened only when a subcommand runs
     * @param operator who is running the command (the evidence actor)
     */
    public RolesCommand(Supplier<RoleAdministration> roles, Supplier<String> operator) {
        this.roles = roles;
        this.operator = operator;
    }

    @Override
    public void run() {
        list();
    }

    @Mutates(Action.MANAGE_ROLES)
    @Command(name = "grant", mixinStandardHelpOptions = true, description = "Give USER a role (admins only).")
    int grant(@Parameters(paramLabel = "USER") String user, @Parameters(paramLabel = "ROLE") String role) {
        boolean added = roles.get().grant(operator.get(), user, Role.parse(role));
        out(added ? "granted " + Role.parse(role).label() + " to " + user : user + " already holds " + Role.parse(role).label());
        return ExitCodes.OK;
    }

    @Mutates(Action.MANAGE_ROLES)
    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Take a role from USER (admins only; never the last admin).")
    int revoke(@Parameters(paramLabel = "USER") String user, @Parameters(paramLabel = "ROLE") String role) {
        boolean removed = roles.get().revoke(operator.get(), user, Role.parse(role));
        out(removed ? "revoked " + Role.parse(role).label() + " from " + user : user + " did not hold " + Role.parse(role).label());
        return ExitCodes.OK;
    }

    @ReadOnly
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every user and their roles.")
    int list() {
        Map<String, Set<Role>> all = roles.get().list(operator.get());
        all.forEach((user, held) -> out(user + ": " + held.stream().map(Role::label).collect(Collectors.joining(", "))));
        if (all.isEmpty()) {
            out("no roles granted yet");
        }
        return ExitCodes.OK;
    }

    private void out(String line) {
        spec.commandLine().getOut().println(line);
    }
}
