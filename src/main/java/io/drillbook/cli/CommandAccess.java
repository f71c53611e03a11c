package io.drillbook.cli;

import io.drillbook.core.team.AccessDeniedException;
import io.drillbook.core.team.Action;
import io.drillbook.core.team.Authorizer;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one door every headless command passes before it runs: the command's {@link Mutates} action
 * is checked against the operator's roles (a refusal is recorded as {@code access.denied} and the
 * command never runs); {@link ReadOnly} commands pass; a command marked neither is refused, so a
 * new command cannot forget to say what it needs.
 */
final class CommandAccess implements CommandLine.IExecutionStrategy {
    /** What a command needs: {@link #action} empty for read-only commands. */
    record Need(Optional<Action> action) {
        boolean readOnly() {
            return action.isEmpty();
        }
    }

    private final Supplier<Authorizer> authorizer;
    private final Supplier<String> operator;

    /** @param authorizer and {@code operator} are looked up only for mutating commands, so help opens no store */
    CommandAccess(Supplier<Authorizer> authorizer, Supplier<String> operator) {
        this.authorizer = authorizer;
        this.operator = operator;
    }

    @Override
    public int execute(ParseResult parseResult) {
        if (CommandLine.printHelpIfRequested(parseResult)) {
            return ExitCodes.OK;
        }
        CommandSpec leaf = leaf(parseResult).commandSpec();
        CommandLine leafLine = leaf.commandLine();
        Optional<Need> need = need(leaf);
        if (need.isEmpty()) {
            leafLine.getErr().println("drillbook: '" + qualifiedName(leaf) + "' " + UNCLASSIFIED);
            return ExitCodes.ERROR;
        }
        if (!need.get().readOnly()) {
            try {
                authorizer.get().require(operator.get(), need.get().action().orElseThrow());
            } catch (AccessDeniedException e) {
                leafLine.getErr().println("drillbook: " + e.getMessage());
                leafLine.getErr().flush();
                return ExitCodes.ERROR;
            }
        }
        return new CommandLine.RunLast().execute(parseResult);
    }

    /** Told to whoever adds a command without saying what it needs. */
    static final String UNCLASSIFIED = "says neither what it changes nor that it only reads: annotate its class "
            + "(or method) with @Mutates(Action.X) naming the io.drillbook.core.team.Action a person needs to run it, "
            + "or @ReadOnly if it changes nothing in the workspace or its evidence; then add it to "
            + "CommandAccessTest's MUTATING or READ_ONLY list";

    private static ParseResult leaf(ParseResult result) {
        ParseResult at = result;
        while (at.hasSubcommand()) {
            at = at.subcommand();
        }
        return at;
    }

    /** What {@code spec}'s command needs, or empty when it is not classified. */
    static Optional<Need> need(CommandSpec spec) {
        Object user = spec.userObject();
        AnnotatedElement element = user instanceof Method m ? m : user.getClass();
        Mutates mutates = element.getAnnotation(Mutates.class);
        if (mutates != null) {
            return Optional.of(new Need(Optional.of(mutates.value())));
        }
        return element.isAnnotationPresent(ReadOnly.class) ? Optional.of(new Need(Optional.empty())) : Optional.empty();
    }

    /** {@code import restic}: the command's names from below the root. */
    static String qualifiedName(CommandSpec spec) {
        String full = spec.qualifiedName(" ");
        int space = full.indexOf(' ');
        return space < 0 ? full : full.substring(space + 1);
    }
}
