package io.drillbook.core.playbook;

import io.drillbook.core.connect.DownloadResult;
import io.drillbook.core.connect.ObjectHead;
import io.drillbook.core.connect.ObjectStore;
import io.drillbook.core.connect.ObjectStoreException;
import io.drillbook.core.work.CancellationToken;

import java.nio.file.Path;
import java.util.Optional;

/** A {@code storage} step: server-side copy of an object version, or its restore to a path on this machine. */
final class StorageJob implements PlaybookJob {
    private final StepAction.Storage action;

    StorageJob(StepAction.Storage action) {
        this.action = action;
    }

    @Override
    public Optional<String> cannotRun(JobContext ctx) {
        try {
            ctx.connections.storage(action.profile());
            PlaybookVariables.fill(action.key(), ctx.values);
            version(ctx.values);
            PlaybookVariables.fill(action.target(), ctx.values);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public String describe(JobContext ctx) {
        String key = PlaybookVariables.fill(action.key(), ctx.masked);
        String version = version(ctx.masked);
        String target = PlaybookVariables.fill(action.target(), ctx.masked);
        return action.profile() + ": " + action.operation().name().toLowerCase(java.util.Locale.ROOT) + " " + key
                + (version == null ? "" : " version " + version) + " -> "
                + (action.targetBucket() == null ? "" : action.targetBucket() + "/") + target;
    }

    /** The object version the step names, variables filled; null for the current version. */
    private String version(java.util.Map<String, String> values) {
        String version = action.version() == null ? null : PlaybookVariables.fill(action.version(), values);
        return version == null || version.isBlank() ? null : version;
    }

    @Override
    public JobOutcome run(JobContext ctx, CancellationToken cancel) {
        String shown = describe(ctx);
        String key = PlaybookVariables.fill(action.key(), ctx.values);
        String version = version(ctx.values);
        String target = PlaybookVariables.fill(action.target(), ctx.values);
        try (ObjectStore store = ctx.connections.stores().apply(ctx.connections.storage(action.profile()))) {
            if (action.operation() == StepAction.StorageOperation.COPY) {
                ObjectHead head = store.copy(key, version, action.targetBucket(), target);
                return JobOutcome.passed(ctx.operator, shown, null, "copied, " + head.size() + " bytes, ETag " + head.eTag());
            }
            DownloadResult result = store.download(key, version, Path.of(target), cancel);
            return JobOutcome.passed(ctx.operator, shown, null, "restored " + result.bytes() + " bytes, sha256 " + result.sha256());
        } catch (ObjectStoreException e) {
            return JobOutcome.failed(ctx.operator, shown, null, e.getMessage());
        }
    }
}
