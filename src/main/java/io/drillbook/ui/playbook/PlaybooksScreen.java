package io.drillbook.ui.playbook;

import io.drillbook.ui.common.EmptyState;
import io.drillbook.ui.common.ScreenLayout;
import io.drillbook.ui.shell.Screen;
import javafx.scene.Node;

/** Rollback playbooks. Until playbooks exist in the workspace, says what they are for. */
public final class PlaybooksScreen implements Screen {
    private Node view;

    @Override
    public String id() {
        return "playbooks";
    }

    @Override
    public String title() {
        return "Playbooks";
    }

    @Override
    public String icon() {
        return "fth-book-open";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = ScreenLayout.of("Rollback playbooks", EmptyState.of("fth-book-open", "No playbooks yet",
                    "A rollback playbook is the step-by-step runbook an incident commander follows when a release goes wrong: "
                            + "commands over SSH, storage actions, approvals and verifications, with deployments frozen while it runs."));
        }
        return view;
    }

    @Override
    public void refresh() {
        // nothing to load yet
    }
}
