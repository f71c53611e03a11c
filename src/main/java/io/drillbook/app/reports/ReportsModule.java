package io.drillbook.app.reports;

import io.drillbook.app.compliance.ComplianceModule;
import io.drillbook.app.platform.FeatureModule;
import io.drillbook.app.platform.Platform;
import io.drillbook.app.settings.SettingsModule;
import io.drillbook.core.evidence.ChainAnchor;
import io.drillbook.core.evidence.EvidenceArchive;
import io.drillbook.core.evidence.EvidenceVerifier;
import io.drillbook.core.evidence.PublicSigningKey;
import io.drillbook.core.report.ReportExporter;

import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.report.MatrixComplianceSource;
import io.drillbook.core.report.ReportBuilder;
import io.drillbook.infra.db.JdbcChainCheck;
import io.drillbook.infra.db.JdbcEvidenceCheckpoints;
import io.drillbook.infra.db.JdbcSigningKeys;
import io.drillbook.infra.evidence.AnchorLocations;
import io.drillbook.infra.evidence.ChainAnchoring;
import io.drillbook.infra.evidence.SigningKeyFile;
import io.drillbook.infra.evidence.WorkspaceSigning;
import io.drillbook.infra.report.BundleProvenance;
import io.drillbook.infra.report.EvidenceRetention;
import io.drillbook.infra.report.ReportService;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Reports and bundles from the evidence chain, retention with signed checkpoints, anchoring and checking the chain. */
public final class ReportsModule implements FeatureModule {
    private final Platform platform;
    private final ComplianceModule compliance;
    private final SettingsModule settings;

    public ReportsModule(Platform platform, ComplianceModule compliance, SettingsModule settings) {
        this.platform = platform;
        this.compliance = compliance;
        this.settings = settings;
    }

    /** Reports and bundles of a scope, as the console and {@code export report} write them. */
    public ReportExporter exporter() {
        return reportService();
    }

    /** Reports, and bundles carrying the chain's head (signed when this user holds a workspace key) and full outputs from the outputs folder. */
    private ReportService reportService() {
        ReportBuilder builder = new ReportBuilder(platform.evidenceRepository(), new MatrixComplianceSource(platform.workspaceRepository(),
                compliance.complianceService()::matrix, compliance.complianceZone()));
        WorkspaceSigning signing = signing();
        return new ReportService(builder, platform.evidenceRepository(), platform.config()::operator,
                () -> new BundleProvenance(Optional.of(platform.outputDir()), signing.currentHead(), signing.publicKeys()));
    }

    /** This user's evidence signing key (private half in the data folder, public half in the workspace). */
    private WorkspaceSigning signing() {
        return new WorkspaceSigning(platform.database(), SigningKeyFile.inDataDir(platform.config().dataDir()), platform.evidenceLog(), platform.clock());
    }

    /** Archiving and pruning of old evidence, signing checkpoints with this user's Ed25519 key. */
    public EvidenceArchive retention() {
        platform.accessPolicy().require(platform.config().operator(), io.drillbook.core.team.Action.ARCHIVE_EVIDENCE);
        WorkspaceSigning signing = signing();
        return new EvidenceRetention(reportService(), platform.evidenceRepository(), new JdbcEvidenceCheckpoints(platform.database()),
                signing::ensureKey, platform.clock());
    }

    /**
     * Where anchors are read and written; an {@code s3://} bucket is reached with the storage profile
     * named {@code storage}, else the stored profile for that bucket, else AWS with the default chain.
     */
    AnchorLocations anchorLocations(String storage) {
        return new AnchorLocations(bucket -> storageFor(storage, bucket));
    }

    /** The storage profile to reach {@code bucket} with: the one named {@code storage}, else the stored one for that bucket, else AWS. */
    public StorageProfile storageFor(String storage, String bucket) {
        Optional<StorageProfile> profile = storage == null || storage.isBlank()
                ? settings.storageProfiles().all().stream().filter(p -> p.bucket().equals(bucket)).findFirst()
                : Optional.of(settings.storageProfiles().find(storage)
                        .orElseThrow(() -> new IllegalArgumentException("no storage profile named '" + storage + "'")));
        return profile.map(p -> new StorageProfile(p.name(), p.region(), p.awsProfile(), p.endpoint(), p.pathStyle(), bucket, "", ""))
                .orElseGet(() -> new StorageProfile("anchor", System.getenv("AWS_REGION"), null, null, false, bucket, "", ""));
    }

    public ChainAnchor anchoring(String storage) {
        return new ChainAnchoring(chainCheck(), signing()::ensureKey, anchorLocations(storage), platform.clock());
    }

    /** The live chain check, with what anchors are checked against. */
    JdbcChainCheck chainCheck() {
        return new JdbcChainCheck(platform.database());
    }

    /** The workspace's registered public signing keys (what checkpoint signatures are checked with). */
    List<PublicSigningKey> signingKeys() {
        return new JdbcSigningKeys(platform.database()).all();
    }

    /** {@code verify}'s checks; {@code reports} opens the store only for the live chain or an s3:// anchor's profile. */
    public static EvidenceVerifier verifier(Supplier<ReportsModule> reports) {
        return new EvidenceChecks(reports);
    }
}
