package io.drillbook.app;

import io.drillbook.core.metrics.HealthCollector;
import io.drillbook.core.pipeline.BackupRunService;
import io.drillbook.core.pipeline.PipelineSettings;
import io.drillbook.core.report.GapRegister;
import io.drillbook.infra.db.JdbcTransactions;
import io.drillbook.infra.pipeline.JdbcPipelineSettingsRepository;
import io.drillbook.infra.pipeline.PipelinesYaml;

import io.drillbook.core.notify.Notifier;
import io.drillbook.infra.forward.JdbcForwardPositions;
import io.drillbook.infra.notify.HttpWebhookSender;
import io.drillbook.infra.notify.WebhookUrls;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the pipeline and monitoring services (metrics, pre-release backups, annotations) from the context. */
public final class PipelineWiring {
    /** How long a command waits at its end for webhook deliveries still under way. */
    static final Duration NOTIFY_WAIT = Duration.ofSeconds(10);

    private PipelineWiring() {
    }

    public static HealthCollector healthCollector(AppContext ctx) {
        return new HealthCollector(ctx.workspaceRepository(), ctx.backupRepository(), ctx.drillRunRepository(),
                ctx.complianceService(), new GapRegister(ctx.evidenceLog()), ctx.complianceZone(), ctx.clock());
    }

    public static JdbcPipelineSettingsRepository settings(AppContext ctx) {
        return new JdbcPipelineSettingsRepository(ctx.database());
    }

    /** Replaces the stored {@code pipelines:} settings; the change and its evidence commit together. */
    public static void importSettings(AppContext ctx, PipelineSettings settings, String source) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("source", source);
        payload.put("preReleaseBackups", settings.preReleaseBackups().stream().map(s -> s.target().toString()).toList());
        payload.put("webhooks", settings.webhooks().stream().map(w -> w.name() + " (" + w.format() + ")").toList());
        payload.put("evidenceForwarding", settings.forwarding().stream().map(f -> f.name() + " (" + f.kind() + ")").toList());
        ctx.evidenceLog().commit(() -> settings(ctx).replace(settings),
                io.drillbook.core.evidence.EvidenceLog.Entry.of("pipelines.imported", source, payload));
        if (!settings.webhooks().isEmpty() && new JdbcForwardPositions(ctx.database()).position(Notifier.CONSUMER).isEmpty()) {
            notifier(ctx).startAtHead();
        }
    }

    /** Webhook notifications for the evidence recorded since they last looked, delivered on a daemon thread. */
    public static Notifier notifier(AppContext ctx) {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "drillbook-webhooks");
            t.setDaemon(true);
            return t;
        });
        return new Notifier(settings(ctx), ctx.evidenceLog(), new JdbcForwardPositions(ctx.database()), new HttpWebhookSender(),
                new WebhookUrls(System.getenv()), executor);
    }

    /** After a headless command: notify about what it recorded, waiting at most a few seconds for delivery. */
    public static void notifyAfterCommand(AppContext ctx) {
        Notifier notifier = notifier(ctx);
        if (notifier.catchUp() > 0) {
            notifier.awaitDeliveries(NOTIFY_WAIT);
        } else {
            notifier.awaitDeliveries(Duration.ZERO);
        }
    }

    /** The stored settings as a workspace file part ({@code pipelines:}), or empty text. */
    public static String exportSettings(AppContext ctx) {
        return PipelinesYaml.write(settings(ctx).load());
    }

    public static io.drillbook.core.forward.EvidenceForwarder forwarder(AppContext ctx) {
        return new io.drillbook.core.forward.EvidenceForwarder(ctx.evidenceRepository(), new JdbcForwardPositions(ctx.database()));
    }

    public static BackupRunService backupRuns(AppContext ctx, Connectors connectors) {
        return new BackupRunService(settings(ctx), connectors::profile, connectors.shells(), ctx.backupRepository(),
                ctx.evidenceLog(), new JdbcTransactions(ctx.database()), ctx.clock(), ctx.outputDir());
    }
}
