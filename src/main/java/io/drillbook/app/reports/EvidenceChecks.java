package io.drillbook.app.reports;

import io.drillbook.core.evidence.AnchorResult;
import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.core.evidence.EvidenceVerifier;
import io.drillbook.infra.db.JdbcChainCheck;
import io.drillbook.infra.evidence.AnchorLocations;
import io.drillbook.infra.evidence.ChainAnchoring;
import io.drillbook.infra.report.BundleChainView;
import io.drillbook.infra.report.BundleVerification;
import io.drillbook.infra.report.BundleVerifier;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code verify}: the live chain with its checkpoint signatures, or a bundle on its own. The store
 * is opened only when needed: for the live chain, or to find the storage profile of an s3:// anchor.
 */
final class EvidenceChecks implements EvidenceVerifier {
    private final Supplier<ReportsModule> reports;

    EvidenceChecks(Supplier<ReportsModule> reports) {
        this.reports = reports;
    }

    @Override
    public Verdict verifyLive(List<String> anchors, String storage) {
        ReportsModule module = reports.get();
        JdbcChainCheck.Outcome outcome = module.chainCheck().check();
        ChainVerification result = outcome.verification();
        if (!result.isIntact()) {
            return new Verdict(false, result.describe(), List.of(), List.of());
        }
        List<AnchorResult> checked = ChainAnchoring.check(module.anchorLocations(storage), anchors, outcome.view(),
                module.signingKeys());
        return new Verdict(true, result.describe(), List.of(), checked);
    }

    @Override
    public Verdict verifyBundle(Path bundle, List<String> anchors, String storage) throws IOException {
        BundleVerification result = new BundleVerifier().verify(bundle);
        List<AnchorResult> checked = List.of();
        if (result.isIntact() && !anchors.isEmpty()) {
            BundleChainView view = BundleChainView.of(bundle);
            AnchorLocations locations = new AnchorLocations(bucket -> reports.get().storageFor(storage, bucket));
            checked = ChainAnchoring.check(locations, anchors, view, view.keys());
        }
        return new Verdict(result.isIntact(), result.describe(), result.problems(), checked);
    }
}
