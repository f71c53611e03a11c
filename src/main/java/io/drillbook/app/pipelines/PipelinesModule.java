package io.drillbook.app.pipelines;

import io.drillbook.app.compliance.ComplianceModule;
import io.drillbook.app.drills.DrillsModule;
import io.drillbook.app.inventory.InventoryModule;
import io.drillbook.app.platform.FeatureModule;
import io.drillbook.app.platform.Platform;
import io.drillbook.app.settings.Connectors;
import io.drillbook.core.pipeline.PipelineSettingsFormat;
import io.drillbook.core.pipeline.PipelineSettingsRepository;

import io.drillbook.core.forward.EvidenceSink;
import io.drillbook.core.pipeline.ForwardTarget;
import io.drillbook.core.metrics.HealthCollector;
import io.drillbook.infra.forward.JsonLinesSink;
import io.drillbook.infra.forward.SyslogTcpSink;
import io.drillbook.core.metrics.MetricsOutlet;
import io.drillbook.infra.metrics.FileAndPushgatewayOutlet;
import io.drillbook.core.pipeline.BackupRunService;
import io.drillbook.core.pipeline.PipelineSettings;
import io.drillbook.core.report.GapRegister;
import io.drillbook.infra.pipeline.JdbcPipelineSettingsRepository;
import io.drillbook.infra.pipeline.PipelinesYaml;

import io.drillbook.core.notify.Notifier;
import io.drillbook.infra.forward.JdbcForwardPositions;
import io.drillbook.infra.notify.HttpWebhookSender;
import io.drillbook.infra.notify.WebhookUrls;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.LinkedHashMap;
import java.util.Map;

/** Pipelines and monitoring: metrics, pre-release backups, webhook notifications, evidence forwarding, their settings. */
public final class PipelinesModule implements FeatureModule {
    /** How long a command waits at its end for webhook deliveries still under way. */
    static final Duration NOTIFY_WAIT = Duration.ofSeconds(10);

    private final Platform platform;
    private final InventoryModule inventory;
    private final DrillsModule drills;
    private final ComplianceModule compliance;

    public PipelinesModule(Platform platform, InventoryModule inventory, DrillsModule drills, ComplianceModule compliance) {
        this.platform = platform;
        this.inventory = inventory;
        this.drills = drills;
        this.compliance = compliance;
    }

    /** Where {@code metrics} writes besides standard output (needs no open store). */
    public static MetricsOutlet metricsOutlet() {
        return new FileAndPushgatewayOutlet();
    }

    /** Reads the {@code pipelines:} part of a workspace file. Needs no open store. */
    public static PipelineSettingsFormat settingsFormat() {
        return PipelinesYaml::read;
    }

    public HealthCollector healthCollector() {
        return new HealthCollector(platform.workspaceRepository(), inventory.backupRepository(), drills.drillRunRepository(),
                compliance.complianceService(), new GapRegister(platform.evidenceLog()), compliance.complianceZone(), platform.clock());
    }

    public PipelineSettingsRepository settings() {
        return new JdbcPipelineSettingsRepository(platform.database());
    }

    /** Replaces the stored {@code pipelines:} settings; the change and its evidence commit together. */
    public void importSettings(PipelineSettings settings, String source) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("source", source);
        payload.put("preReleaseBackups", settings.preReleaseBackups().stream().map(s -> s.target().toString()).toList());
        payload.put("webhooks", settings.webhooks().stream().map(w -> w.name() + " (" + w.format() + ")").toList());
        payload.put("evidenceForwarding", settings.forwarding().stream().map(f -> f.name() + " (" + f.kind() + ")").toList());
        platform.evidenceLog().commit(() -> settings().replace(settings),
                io.drillbook.core.evidence.EvidenceLog.Entry.of("pipelines.imported", source, payload));
        if (!settings.webhooks().isEmpty() && new JdbcForwardPositions(platform.database()).position(Notifier.CONSUMER).isEmpty()) {
            notifier().startAtHead();
        }
    }

    /** Webhook notifications for the evidence recorded since they last looked, delivered on a daemon thread. */
    public Notifier notifier() {
        ExecutorService executor = io.drillbook.core.work.Schedulers.daemon("drillbook-webhooks");
        return new Notifier(settings(), platform.evidenceLog(), new JdbcForwardPositions(platform.database()), new HttpWebhookSender(),
                new WebhookUrls(System.getenv()), executor);
    }

    /** After a headless command: notify about what it recorded, waiting at most a few seconds for delivery. */
    public void notifyAfterCommand() {
        Notifier notifier = notifier();
        if (notifier.catchUp() > 0) {
            notifier.awaitDeliveries(NOTIFY_WAIT);
        } else {
            notifier.awaitDeliveries(Duration.ZERO);
        }
    }

    /** The stored settings as a workspace file part ({@code pipelines:}), or empty text. */
    public String exportSettings() {
        return PipelinesYaml.write(settings().load());
    }

    public io.drillbook.core.forward.EvidenceForwarder forwarder() {
        return new io.drillbook.core.forward.EvidenceForwarder(platform.evidenceRepository(), new JdbcForwardPositions(platform.database()));
    }

    /** Where {@code evidence forward} sends to: syslog over TCP (TLS) or a JSON-lines file. */
    public static EvidenceSink forwardSink(ForwardTarget t) {
        return "syslog".equals(t.kind()) ? new SyslogTcpSink(t.address(), t.tls(), hostname()) : new JsonLinesSink(Path.of(t.address()));
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "-";
        }
    }

    public BackupRunService backupRuns(Connectors connectors) {
        return new BackupRunService(settings(), connectors::profile, connectors.shells(), inventory.backupRepository(),
                platform.evidenceLog(), platform.transactions(), platform.clock(), platform.outputDir());
    }
}
