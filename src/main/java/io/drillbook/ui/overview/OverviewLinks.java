package io.drillbook.ui.overview;

import io.drillbook.core.overview.AttentionLink;
import io.drillbook.core.overview.AttentionSection;
import io.drillbook.ui.shell.Navigator;

/** Opens the screen that deals with an overview item (the composition root knows the screens). */
public interface OverviewLinks {

    /** Opens the place that deals with {@code link}: the release in the calendar, the target in the heat map, the drill... */
    void open(AttentionLink link);

    /** Opens the screen that lists everything of {@code section} (for "and N more"). */
    void openSection(AttentionSection section);

    /** Hands over the main window's navigation, once it exists. */
    default void attach(Navigator navigator) {
    }

    /** Links that go nowhere, for view-model tests. */
    OverviewLinks NONE = new OverviewLinks() {
        @Override
        public void open(AttentionLink link) {
        }

        @Override
        public void openSection(AttentionSection section) {
        }
    };
}
