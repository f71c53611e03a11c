package io.drillbook.ui.drill;

import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.ConnectionTester;
import io.drillbook.core.drill.BackupSelector;
import io.drillbook.core.drill.DrillPlanLibrary;
import io.drillbook.core.drill.DrillService;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.drill.DrillRunRepository;
import io.drillbook.core.workspace.WorkspaceRepository;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the drill wizard calls, from the composition root.
 *
 * @param profiles a connection profile by name (the built-in {@code local} included)
 * @param fxThread hands a runnable to the JavaFX thread ({@code FxTaskRunner::onFxThread}; tests: {@code Runnable::run})
 */
public record DrillWizardServices(WorkspaceRepository workspace, DrillRunRepository runs, DrillPlanLibrary plans,
                                  BackupSelector backups, Function<String, Optional<ConnectionProfile>> profiles,
                                  ConnectionTester tester, DrillService drills, EvidenceLog evidence, Clock clock,
                                  String operator, Consumer<Runnable> fxThread) {
}
