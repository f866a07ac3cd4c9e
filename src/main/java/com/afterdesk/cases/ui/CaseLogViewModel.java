package com.afterdesk.cases.ui;

import com.afterdesk.cases.AlertTracker;
import com.afterdesk.cases.CaseLogPage;
import com.afterdesk.cases.CaseLogQuery;
import com.afterdesk.cases.CaseLogRow;
import com.afterdesk.cases.CaseService;
import com.afterdesk.cases.FollowUp;
import com.afterdesk.common.TaskRunner;
import com.afterdesk.common.ui.Dialogs;
import com.afterdesk.deadlines.CaseState;
import com.afterdesk.deadlines.Urgency;
import com.afterdesk.deadlines.UrgencyPolicy;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The case log (售后单): filters, the loaded pages of rows (most urgent seller clock first, as the backend sorts),
 * the total, and the deadline alerts. Never loads all rows: one page of {@link CaseLogQuery#DEFAULT_PAGE} at a
 * time, more on request. Knows nothing of the controls.
 */
public final class CaseLogViewModel {

    /** A desktop notification to show. */
    public record Notice(String title, String text, boolean overdue, long caseId) {
    }

    /** Loading more than this many rows again on refresh is pointless: the user never scrolls that far. */
    static final int MAX_RELOAD = 1000;

    private final CaseService cases;
    private final AlertTracker alerts;
    private final TaskRunner runner;
    private final CaseTexts texts;

    private final ObjectProperty<Platform> platform = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseState> state = new SimpleObjectProperty<>();
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Urgency> urgency = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty dueToday = new SimpleBooleanProperty(false);

    private final ObservableList<CaseLogRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(0);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper closedSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<UrgencyPolicy> policy = new ReadOnlyObjectWrapper<>(UrgencyPolicy.DEFAULT);
    private final ReadOnlyLongWrapper lastLoadMillis = new ReadOnlyLongWrapper(0);

    private Consumer<List<Notice>> notifier = n -> { };
    private final Set<String> notifiedFollowUps = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private long generation;
    private boolean checkingAlerts;

    public CaseLogViewModel(CaseService cases, AlertTracker alerts, TaskRunner runner, CaseTexts texts) {
        this.cases = cases;
        this.alerts = alerts;
        this.runner = runner;
        this.texts = texts;
        platform.addListener((o, a, b) -> firstPage());
        state.addListener((o, a, b) -> firstPage());
        category.addListener((o, a, b) -> firstPage());
        urgency.addListener((o, a, b) -> firstPage());
        search.addListener((o, a, b) -> firstPage());
        dueToday.addListener((o, a, b) -> firstPage());
    }

    /** The query of the current filters, first page. */
    public CaseLogQuery query() {
        CaseLogQuery q = dueToday.get() ? CaseLogQuery.dueToday() : CaseLogQuery.all();
        if (platform.get() != null) {
            q = q.withPlatforms(Set.of(platform.get()));
        }
        if (state.get() != null) {
            q = q.withStates(Set.of(state.get()));
        }
        if (category.get() != null) {
            q = q.withCategories(Set.of(category.get()));
        }
        if (urgency.get() != null) {
            q = q.withUrgencies(Set.of(urgency.get()));
        }
        return q.withText(search.get());
    }

    // Commands

    /** Filters changed: the first page of the new selection. */
    public void firstPage() {
        load(query().page(0, CaseLogQuery.DEFAULT_PAGE), false);
    }

    /** Reloads from the top, keeping as many rows as were shown (within reason). */
    public void refresh() {
        int keep = Math.min(MAX_RELOAD, Math.max(CaseLogQuery.DEFAULT_PAGE, rows.size()));
        load(query().page(0, keep), false);
    }

    /** Appends the next page. */
    public void loadMore() {
        if (rows.size() >= total.get()) {
            return;
        }
        load(query().page(rows.size(), CaseLogQuery.DEFAULT_PAGE), true);
    }

    private void load(CaseLogQuery q, boolean append) {
        long mine = ++generation;
        loading.set(true);
        runner.run(texts.messages().tr("cases.ui.status.loading"), p -> {
            long t0 = System.nanoTime();
            UrgencyPolicy pol = cases.urgencyPolicy();
            CaseLogPage page = cases.log(q);
            return new Loaded(page, pol, (System.nanoTime() - t0) / 1_000_000);
        }, loaded -> {
            if (mine != generation) {
                return; // a newer query is on its way
            }
            loading.set(false);
            error.set("");
            policy.set(loaded.policy());
            total.set(loaded.page().total());
            lastLoadMillis.set(loaded.millis());
            if (append) {
                rows.addAll(loaded.page().rows());
            } else {
                rows.setAll(loaded.page().rows());
            }
        }, e -> {
            if (mine == generation) {
                loading.set(false);
                error.set(Dialogs.describe(texts.messages(), e));
            }
        });
    }

    private record Loaded(CaseLogPage page, UrgencyPolicy policy, long millis) {
    }

    public void clearFilters() {
        platform.set(null);
        state.set(null);
        category.set(null);
        urgency.set(null);
        search.set("");
        dueToday.set(false);
    }

    /** Where notifications go (the screen shows them as desktop notifications). */
    public void setNotifier(Consumer<List<Notice>> value) {
        this.notifier = value == null ? n -> { } : value;
    }

    /**
     * On start: what went overdue or became urgent while the app was closed, shown once (banner text and one
     * notification); then those alerts count as shown and the app is marked as running.
     */
    public void showClosedSummary() {
        runner.run(texts.messages().tr("cases.ui.status.alerts"), p -> {
            AlertTracker.Summary s = alerts.closedSummary();
            alerts.markShown(s.all());
            alerts.touch();
            return s;
        }, s -> {
            if (s.isEmpty()) {
                closedSummary.set("");
                return;
            }
            String text = s.since() == null
                    ? texts.messages().tr("cases.ui.closed.summaryFirst", s.overdue().size(), s.urgent().size())
                    : texts.messages().tr("cases.ui.closed.summary", s.overdue().size(), s.urgent().size(),
                            texts.time(s.since()));
            closedSummary.set(text);
            notifier.accept(List.of(new Notice(texts.messages().tr("cases.ui.closed.title"), text,
                    !s.overdue().isEmpty(), -1)));
        }, e -> error.set(Dialogs.describe(texts.messages(), e)));
    }

    public void dismissClosedSummary() {
        closedSummary.set("");
    }

    /**
     * Checks for crossed alert thresholds and due follow-ups (the shared ticker calls this every ~30 s). Each
     * threshold of a clock is alerted once, ever; each follow-up due time once per session.
     */
    public void checkAlerts() {
        if (checkingAlerts) {
            return;
        }
        checkingAlerts = true;
        runner.run(texts.messages().tr("cases.ui.status.alerts"), p -> {
            List<AlertTracker.Alert> pending = alerts.pending();
            alerts.markShown(pending);
            alerts.touch();
            List<FollowUp> due = cases.openFollowUps(cases.clock().instant());
            List<String> orders = new ArrayList<>();
            for (FollowUp f : due) {
                orders.add(notifiedFollowUps.contains(key(f)) ? null : cases.record(f.caseId()).orderNo());
            }
            return new Checked(pending, due, orders);
        }, checked -> {
            checkingAlerts = false;
            List<Notice> notices = new ArrayList<>();
            for (AlertTracker.Alert a : checked.alerts()) {
                notices.add(notice(a));
            }
            for (int i = 0; i < checked.followUps().size(); i++) {
                FollowUp f = checked.followUps().get(i);
                if (notifiedFollowUps.add(key(f))) {
                    notices.add(new Notice(texts.messages().tr("cases.ui.followUp.noticeTitle"),
                            texts.messages().tr("cases.ui.followUp.noticeText", checked.orders().get(i),
                                    followUpText(f), texts.time(f.dueAt())), false, f.caseId()));
                }
            }
            if (!notices.isEmpty()) {
                notifier.accept(notices);
                refresh();
            }
        }, e -> {
            checkingAlerts = false;
            error.set(Dialogs.describe(texts.messages(), e));
        });
    }

    private record Checked(List<AlertTracker.Alert> alerts, List<FollowUp> followUps, List<String> orders) {
    }

    private static String key(FollowUp f) {
        return f.id() + "@" + f.dueAt().toEpochMilli();
    }

    String followUpText(FollowUp f) {
        return f.note() == null || f.note().isBlank() ? texts.label(f.reason().labelKey()) : f.note();
    }

    Notice notice(AlertTracker.Alert a) {
        var k = a.clock();
        String action = texts.label(k.onTimeout().labelKey());
        String due = texts.time(k.dueAt());
        if (a.overdue()) {
            return new Notice(texts.messages().tr("cases.ui.alert.overdueTitle"),
                    texts.messages().tr("cases.ui.alert.overdueText", k.orderNo(), texts.label(k.kind().labelKey()),
                            due, action), true, k.caseId());
        }
        Duration threshold = Duration.parse(a.threshold());
        return new Notice(texts.messages().tr("cases.ui.alert.title"),
                texts.messages().tr("cases.ui.alert.text", k.orderNo(), texts.label(k.kind().labelKey()),
                        thresholdText(threshold), due, action), false, k.caseId());
    }

    /** "24小时", "30分钟". */
    public String thresholdText(Duration d) {
        long minutes = d.toMinutes();
        if (minutes % 60 == 0) {
            return texts.messages().tr("cases.ui.hours", minutes / 60);
        }
        return texts.messages().tr("cases.ui.minutes", minutes);
    }

    // What a row shows at a given moment (the cells call these on every tick)

    public Urgency urgencyOf(CaseLogRow row, Instant now) {
        return row.urgency(policy.get(), now);
    }

    public String countdownOf(CaseLogRow row, Instant now) {
        return texts.countdown(row.head(), now);
    }

    public CaseTexts texts() {
        return texts;
    }

    // Properties

    public ObjectProperty<Platform> platformProperty() {
        return platform;
    }

    public ObjectProperty<CaseState> stateProperty() {
        return state;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObjectProperty<Urgency> urgencyProperty() {
        return urgency;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty dueTodayProperty() {
        return dueToday;
    }

    public ObservableList<CaseLogRow> rows() {
        return rows;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty closedSummaryProperty() {
        return closedSummary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UrgencyPolicy> policyProperty() {
        return policy.getReadOnlyProperty();
    }

    /** How long the last page took to read (ms), shown in the footer. */
    public ReadOnlyLongProperty lastLoadMillisProperty() {
        return lastLoadMillis.getReadOnlyProperty();
    }

    public boolean hasMore() {
        return rows.size() < total.get();
    }
}
