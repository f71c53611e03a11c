package io.drillbook.app;

import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.report.MatrixComplianceSource;
import io.drillbook.core.report.ReportBuilder;
import io.drillbook.infra.db.JdbcChainCheck;
import io.drillbook.infra.db.JdbcEvidenceCheckpoints;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.evidence.AnchorLocations;
import io.drillbook.infra.evidence.ChainAnchoring;
import io.drillbook.infra.evidence.SigningKeyFile;
import io.drillbook.infra.evidence.WorkspaceSigning;
import io.drillbook.infra.report.BundleProvenance;
import io.drillbook.infra.report.EvidenceRetention;
import io.drillbook.infra.report.ReportService;

import java.util.Optional;

/** Builds the reporting services from an open store, until the composition root offers them itself. */
public final class ReportWiring {
    private ReportWiring() {
    }

    /** Reports, and bundles carrying the chain's head (signed when this user holds a workspace key) and full outputs from the outputs folder. */
    public static ReportService exporter(AppContext ctx) {
        ReportBuilder builder = new ReportBuilder(ctx.evidenceRepository(), new MatrixComplianceSource(ctx.workspaceRepository(),
                ctx.complianceService()::matrix, ctx.complianceZone()));
        WorkspaceSigning signing = signing(ctx);
        return new ReportService(builder, ctx.evidenceRepository(), ctx.config()::operator,
                () -> new BundleProvenance(Optional.of(ctx.outputDir()), signing.currentHead(), signing.publicKeys()));
    }

    /** This user's evidence signing key (private half in the data folder, public half in the workspace). */
    public static WorkspaceSigning signing(AppContext ctx) {
        return new WorkspaceSigning(ctx.database(), SigningKeyFile.inDataDir(ctx.config().dataDir()), ctx.evidenceLog(), ctx.clock());
    }

    /** Archiving and pruning of old evidence, signing checkpoints with this user's Ed25519 key. */
    public static EvidenceRetention retention(AppContext ctx) {
        ctx.accessPolicy().require(ctx.config().operator(), io.drillbook.core.team.Action.ARCHIVE_EVIDENCE);
        WorkspaceSigning signing = signing(ctx);
        return new EvidenceRetention(exporter(ctx), ctx.evidenceRepository(), new JdbcEvidenceCheckpoints(ctx.database()),
                signing::ensureKey, ctx.clock());
    }

    /** The live chain's repository; its verify checks checkpoint signatures with the workspace's public keys. */
    public static JdbcEvidenceRepository verifyingRepository(AppContext ctx) {
        return new JdbcEvidenceRepository(ctx.database());
    }

    /**
     * Where anchors are read and written; an {@code s3://} bucket is reached with the storage profile
     * named {@code storage}, else the stored profile for that bucket, else AWS with the default chain.
     */
    public static AnchorLocations anchorLocations(AppContext ctx, String storage) {
        return new AnchorLocations(bucket -> storageFor(ctx, storage, bucket));
    }

    /** The storage profile to reach {@code bucket} with: the one named {@code storage}, else the stored one for that bucket, else AWS. */
    public static StorageProfile storageFor(AppContext ctx, String storage, String bucket) {
        Optional<StorageProfile> profile = storage == null || storage.isBlank()
                ? ctx.storageProfiles().all().stream().filter(p -> p.bucket().equals(bucket)).findFirst()
                : Optional.of(ctx.storageProfiles().find(storage)
                        .orElseThrow(() -> new IllegalArgumentException("no storage profile named '" + storage + "'")));
        return profile.map(p -> new StorageProfile(p.name(), p.region(), p.awsProfile(), p.endpoint(), p.pathStyle(), bucket, "", ""))
                .orElseGet(() -> new StorageProfile("anchor", System.getenv("AWS_REGION"), null, null, false, bucket, "", ""));
    }

    public static ChainAnchoring anchoring(AppContext ctx, String storage) {
        return new ChainAnchoring(chainCheck(ctx), signing(ctx)::ensureKey, anchorLocations(ctx, storage), ctx.clock());
    }

    /** The live chain check, with what anchors are checked against. */
    public static JdbcChainCheck chainCheck(AppContext ctx) {
        return new JdbcChainCheck(ctx.database());
    }
}
