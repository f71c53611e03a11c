package io.drillbook.app;

import io.drillbook.core.report.MatrixComplianceSource;
import io.drillbook.core.report.ReportBuilder;
import io.drillbook.infra.evidence.HmacCheckpointSeal;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.db.JdbcEvidenceCheckpoints;
import io.drillbook.infra.report.EvidenceRetention;
import io.drillbook.infra.report.ReportService;

import java.nio.file.Files;

/** Builds the reporting services from an open store, until the composition root offers them itself. */
public final class ReportWiring {
    private ReportWiring() {
    }

    public static ReportService exporter(AppContext ctx) {
        ReportBuilder builder = new ReportBuilder(ctx.evidenceRepository(), new MatrixComplianceSource(ctx.workspaceRepository(),
                ctx.complianceService()::matrix, ctx.complianceZone()));
        return new ReportService(builder, ctx.evidenceRepository(), ctx.config()::operator);
    }

    /** Archiving and pruning of old evidence, signing checkpoints with the data folder's key. */
    public static EvidenceRetention retention(AppContext ctx) {
        ctx.accessPolicy().require(ctx.config().operator(), io.drillbook.core.team.Action.ARCHIVE_EVIDENCE);
        return new EvidenceRetention(exporter(ctx), ctx.evidenceRepository(), new JdbcEvidenceCheckpoints(ctx.database()),
                HmacCheckpointSeal.inDataDir(ctx.config().dataDir()), ctx.clock());
    }

    /** The live chain's repository, checking checkpoint signatures when this data folder holds the key. */
    public static JdbcEvidenceRepository verifyingRepository(AppContext ctx) {
        HmacCheckpointSeal seal = HmacCheckpointSeal.inDataDir(ctx.config().dataDir());
        boolean hasKey = Files.exists(ctx.config().dataDir().resolve(HmacCheckpointSeal.KEY_FILE));
        return new JdbcEvidenceRepository(ctx.database(), hasKey ? seal : null);
    }
}
