package io.drillbook.infra.playbook;

import io.drillbook.core.playbook.FailureAction;
import io.drillbook.core.playbook.OnFailure;
import io.drillbook.core.playbook.ParameterType;
import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.PlaybookParameter;
import io.drillbook.core.playbook.PlaybookStep;
import io.drillbook.core.playbook.StepAction;
import io.drillbook.infra.playbook.PlaybookFile.OnFailureEntry;
import io.drillbook.infra.playbook.PlaybookFile.ParameterEntry;
import io.drillbook.infra.playbook.PlaybookFile.StepEntry;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Turns the file records into the core playbook and back. */
final class PlaybookMapping {
    private PlaybookMapping() {
    }

    static Playbook playbook(PlaybookFile f) {
        List<PlaybookParameter> parameters = f.parameters() == null ? List.of()
                : f.parameters().stream().map(PlaybookMapping::parameter).toList();
        return new Playbook(f.playbook(), f.description(), f.system(), f.environment(), parameters,
                f.steps().stream().map(PlaybookMapping::step).toList());
    }

    static PlaybookParameter parameter(ParameterEntry p) {
        return parameter(p.name(), p.type(), p.defaultValue(), p.allowed(), p.required(), p.secret());
    }

    static PlaybookParameter parameter(String name, String typeName, String defaultValue, List<String> allowed,
                                       Boolean required, Boolean secret) {
        ParameterType type;
        try {
            type = typeName == null ? ParameterType.STRING : ParameterType.valueOf(typeName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("type '" + typeName + "' is not one of string, int, bool, enum");
        }
        return new PlaybookParameter(name, type, defaultValue, allowed, Boolean.TRUE.equals(required), Boolean.TRUE.equals(secret));
    }

    static OnFailure onFailure(OnFailureEntry e) {
        if (e == null) {
            return OnFailure.STOP;
        }
        FailureAction then;
        String word = e.then() == null ? (e.gotoStep() == null ? "stop" : "goto") : e.then().trim();
        switch (word) {
            case "stop" -> then = FailureAction.STOP;
            case "continue" -> then = FailureAction.CONTINUE;
            case "goto" -> then = FailureAction.GOTO;
            default -> throw new IllegalArgumentException("'" + word + "' is not one of stop, continue, goto");
        }
        return new OnFailure(e.retry() == null ? 0 : e.retry(), e.delay(), then, e.gotoStep());
    }

    static void regex(String pattern) {
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("bad regular expression: " + e.getDescription() + " in /" + pattern + "/");
            }
        }
    }

    private static PlaybookStep step(StepEntry s) {
        return new PlaybookStep(s.name(), action(s), onFailure(s.onFailure()));
    }

    private static StepAction action(StepEntry s) {
        if (s.run() != null) {
            var r = s.run();
            return new StepAction.Run(r.profile(), r.command(), r.expectExit() == null ? 0 : r.expectExit(),
                    r.expectOutput(), r.timeout());
        }
        if (s.storage() != null) {
            var st = s.storage();
            StepAction.StorageOperation op = st.copy() != null ? StepAction.StorageOperation.COPY
                    : StepAction.StorageOperation.RESTORE;
            return new StepAction.Storage(st.profile(), op, st.copy() != null ? st.copy() : st.restore(), st.version(), st.to(),
                    st.toBucket());
        }
        if (s.manual() != null) {
            return new StepAction.Manual(s.manual().instructions(), s.manual().confirmers());
        }
        if (s.approval() != null) {
            return new StepAction.Approval(s.approval().instructions(), s.approval().approvers());
        }
        if (s.verify() != null) {
            var v = s.verify();
            return new StepAction.Verify(v.profile(), v.command(), v.url(), v.every(), v.limit(), v.expectOutput());
        }
        if (s.pause() != null) {
            return new StepAction.Wait(s.pause());
        }
        return new StepAction.Drill(s.drill().plan(), s.drill().parameters());
    }

    static PlaybookFile toFile(Playbook p) {
        return new PlaybookFile(p.name(), p.description(), p.system(), p.environment(),
                p.parameters().stream().map(PlaybookMapping::toFile).toList(),
                p.steps().stream().map(PlaybookMapping::toFile).toList());
    }

    private static ParameterEntry toFile(PlaybookParameter p) {
        return new ParameterEntry(p.name(), p.type().name().toLowerCase(Locale.ROOT), p.defaultValue(), p.allowed(),
                p.required() ? Boolean.TRUE : null, p.secret() && !io.drillbook.core.evidence.Redaction.isSecretName(p.name())
                        ? Boolean.TRUE : null);
    }

    private static StepEntry toFile(PlaybookStep s) {
        StepAction a = s.action();
        OnFailureEntry failure = toFile(s.onFailure());
        if (a instanceof StepAction.Run r) {
            return new StepEntry(s.name(), new PlaybookFile.RunEntry(r.profile(), r.command(),
                    r.expectExit() == 0 ? null : r.expectExit(), r.expectOutput(), r.timeout()), null, null, null, null, null, null, failure);
        }
        if (a instanceof StepAction.Storage st) {
            boolean copy = st.operation() == StepAction.StorageOperation.COPY;
            return new StepEntry(s.name(), null, new PlaybookFile.StorageEntry(st.profile(), copy ? st.key() : null,
                    copy ? null : st.key(), st.version(), st.target(), st.targetBucket()), null, null, null, null, null, failure);
        }
        if (a instanceof StepAction.Manual m) {
            return new StepEntry(s.name(), null, null, new PlaybookFile.ManualEntry(m.instructions(), m.confirmers()),
                    null, null, null, null, failure);
        }
        if (a instanceof StepAction.Approval ap) {
            return new StepEntry(s.name(), null, null, null, new PlaybookFile.ApprovalEntry(
                    ap.instructions().isEmpty() ? null : ap.instructions(), ap.approvers()), null, null, null, failure);
        }
        if (a instanceof StepAction.Verify v) {
            return new StepEntry(s.name(), null, null, null, null, new PlaybookFile.VerifyEntry(v.profile(), v.command(),
                    v.url(), v.every(), v.limit(), v.expectOutput()), null, null, failure);
        }
        if (a instanceof StepAction.Wait w) {
            return new StepEntry(s.name(), null, null, null, null, null, w.duration(), null, failure);
        }
        StepAction.Drill d = (StepAction.Drill) a;
        return new StepEntry(s.name(), null, null, null, null, null, null,
                new PlaybookFile.DrillEntry(d.plan(), d.parameters()), failure);
    }

    private static OnFailureEntry toFile(OnFailure f) {
        if (f.equals(OnFailure.STOP)) {
            return null;
        }
        return new OnFailureEntry(f.retries() == 0 ? null : f.retries(), f.delay().isZero() ? null : f.delay(),
                f.then() == FailureAction.GOTO ? null : f.then().name().toLowerCase(Locale.ROOT), f.gotoStep());
    }
}
