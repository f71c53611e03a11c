package io.drillbook.ui.overview;

import io.drillbook.core.overview.Attention;
import io.drillbook.core.overview.AttentionItem;
import io.drillbook.core.overview.AttentionSection;
import io.drillbook.core.overview.QuarterTrend;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.TaskRunner;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The overview's state: what needs attention (per section, most urgent first) and the quarter's
 * trend, each loaded in the background from core services; a headline that tells "loading" from
 * "nothing needs your attention"; and the links that open the screen dealing with an item.
 */
public final class OverviewViewModel {
    /** Where a load stands. READY with no item needing action is the calm state, not an empty one. */
    public enum State { LOADING, READY, FAILED }

    private final OverviewServices services;
    private final TaskRunner runner;
    private final OverviewLinks links;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.LOADING);
    private final ObjectProperty<Attention> attention = new SimpleObjectProperty<>();
    private final StringProperty headline = new SimpleStringProperty("Looking at what needs attention…");
    private final ObjectProperty<State> trendState = new SimpleObjectProperty<>(State.LOADING);
    private final ObjectProperty<QuarterTrend> trend = new SimpleObjectProperty<>();
    private final StringProperty trendSummary = new SimpleStringProperty("Loading the last quarter…");
    private final Map<AttentionSection, ObservableList<AttentionItem>> items = new EnumMap<>(AttentionSection.class);
    private final Map<AttentionSection, IntegerProperty> more = new EnumMap<>(AttentionSection.class);
    private FirstLook ahead;

    public OverviewViewModel(OverviewServices services, TaskRunner runner, OverviewLinks links) {
        this.services = services;
        this.runner = runner;
        this.links = links;
        for (AttentionSection s : AttentionSection.values()) {
            items.put(s, FXCollections.observableArrayList());
            more.put(s, new SimpleIntegerProperty(0));
        }
    }

    /** The next load takes its answers from {@code look}, already under way, instead of asking again. */
    public void startFrom(FirstLook look) {
        this.ahead = look;
    }

    /** Reloads both parts; what is shown stays until the new answer arrives. */
    public void load() {
        if (attention.get() == null) {
            state.set(State.LOADING);
        }
        FirstLook look = ahead;
        ahead = null;
        if (look != null && look.attention().isDone() && look.trend().isDone() && showAtOnce(look)) {
            return;
        }
        Callable<Attention> attentionNow = look == null ? services.attention()::now : () -> FirstLook.answer(look.attention());
        Callable<QuarterTrend> trendNow = look == null ? services.trend()::lastQuarter : () -> FirstLook.answer(look.trend());
        BackgroundTask.of(attentionNow)
                .titled("overview")
                .onSuccess(this::show)
                .onFailure(e -> {
                    state.set(State.FAILED);
                    headline.set("Could not gather what needs attention: " + e.getMessage());
                })
                .runWith(runner);
        BackgroundTask.of(trendNow)
                .titled("overview trend")
                .onSuccess(this::showTrend)
                .onFailure(e -> {
                    trendState.set(State.FAILED);
                    trendSummary.set("Could not load the trend: " + e.getMessage());
                })
                .runWith(runner);
    }

    /** Shows a first look whose answers are both there, without a trip through a worker; false when either failed. */
    private boolean showAtOnce(FirstLook look) {
        try {
            Attention a = FirstLook.answer(look.attention());
            QuarterTrend t = FirstLook.answer(look.trend());
            show(a);
            showTrend(t);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private void show(Attention a) {
        for (AttentionSection s : AttentionSection.values()) {
            items.get(s).setAll(a.items(s));
            more.get(s).set(a.more(s));
        }
        attention.set(a);
        headline.set(headlineOf(a));
        state.set(State.READY);
    }

    static String headlineOf(Attention a) {
        if (a.calm()) {
            return "Nothing needs your attention";
        }
        return a.needingAction() == 1 ? "1 item needs your attention" : a.needingAction() + " items need your attention";
    }

    private void showTrend(QuarterTrend t) {
        trend.set(t);
        trendSummary.set(TrendText.summary(t));
        trendState.set(State.READY);
    }

    /** Opens the screen that deals with {@code item}. */
    public void open(AttentionItem item) {
        links.open(item.link());
    }

    public void openSection(AttentionSection section) {
        links.openSection(section);
    }

    /** The item's moment as people read it (a release's window start), or empty. */
    public String when(AttentionItem item) {
        return item.link().when() == null || item.section() != AttentionSection.RELEASES ? ""
                : Formats.dateTime(item.link().when(), services.zone());
    }

    /** What a section says when it has nothing. */
    public static String emptyText(AttentionSection section) {
        return switch (section) {
            case RELEASES -> "No releases in the next 14 days.";
            case COMPLIANCE -> "Every system is within its RPO today.";
            case DRILLS -> "No drill overdue or failed.";
            case GAPS -> "No gap past its due date.";
            case FREEZES -> "No freeze in force or ahead, no recovery under way.";
            case IMPORTS -> "No import or refresh failed in the last 30 days.";
        };
    }

    public OverviewLinks links() {
        return links;
    }

    public ObservableList<AttentionItem> items(AttentionSection section) {
        return items.get(section);
    }

    public IntegerProperty moreProperty(AttentionSection section) {
        return more.get(section);
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public ObjectProperty<Attention> attentionProperty() {
        return attention;
    }

    public StringProperty headlineProperty() {
        return headline;
    }

    public ObjectProperty<State> trendStateProperty() {
        return trendState;
    }

    public ObjectProperty<QuarterTrend> trendProperty() {
        return trend;
    }

    public StringProperty trendSummaryProperty() {
        return trendSummary;
    }
}
