package com.afterdesk.cases.ui;

import com.afterdesk.cases.AlertTracker;
import com.afterdesk.cases.CaseLogRow;
import com.afterdesk.cases.CaseService;
import com.afterdesk.common.Messages;
import com.afterdesk.common.TaskRunner;
import com.afterdesk.common.ui.Screen;
import com.afterdesk.deadlines.CaseState;
import com.afterdesk.deadlines.Countdown;
import com.afterdesk.deadlines.Urgency;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Platform;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * 售后单: the case log with live countdowns, filters and paging on the left, the case view on the right. One shared
 * {@link Ticker} drives every countdown and, every 30 s, the deadline alerts (ControlsFX notifications).
 */
public final class CasesScreen implements Screen {

    /** How often the alert thresholds and follow-ups are checked, in ticker seconds. */
    static final int ALERT_EVERY = 30;

    private final Messages messages;
    private final Ticker ticker;
    private final CaseLogViewModel log;
    private final CaseDetailViewModel detail;
    private final NewCaseViewModel newCase;
    private final Consumer<String> opener;
    private Node view;
    private TableView<CaseLogRow> table;
    private boolean shown;
    private Long selectedId;

    /**
     * @param opener opens a file or URL with the system viewer (HostServices.showDocument)
     */
    public CasesScreen(CaseService cases, AlertTracker alerts, TaskRunner runner, Messages messages, Clock clock,
                       Consumer<String> opener) {
        this.messages = messages;
        this.opener = opener;
        CaseTexts texts = new CaseTexts(messages, Countdown.SHOP_ZONE);
        this.ticker = new Ticker(clock);
        this.log = new CaseLogViewModel(cases, alerts, runner, texts);
        this.detail = new CaseDetailViewModel(cases, runner, texts, log::refresh);
        this.newCase = new NewCaseViewModel(cases, runner, texts);
        log.setNotifier(this::notify);
        ticker.every(ALERT_EVERY, log::checkAlerts);
        ticker.start();
        log.showClosedSummary();
    }

    static String stylesheet() {
        return Objects.requireNonNull(CasesScreen.class.getResource("/css/cases.css")).toExternalForm();
    }

    public CaseLogViewModel log() {
        return log;
    }

    public CaseDetailViewModel detail() {
        return detail;
    }

    public NewCaseViewModel newCase() {
        return newCase;
    }

    public Ticker ticker() {
        return ticker;
    }

    /** Stops the ticker (window closing or rebuilt in another language). */
    public void stop() {
        ticker.stop();
    }

    @Override
    public String id() {
        return "cases";
    }

    @Override
    public String titleKey() {
        return "app.nav.cases";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignC.CLIPBOARD_LIST_OUTLINE;
    }

    @Override
    public void onShow() {
        if (!shown) {
            shown = true;
            log.refresh();
        }
    }

    @Override
    public void refresh() {
        log.refresh();
        detail.reload();
    }

    @Override
    public Node view() {
        if (view == null) {
            BorderPane left = new BorderPane();
            left.setTop(new VBox(toolbar(), banner()));
            left.setCenter(table());
            left.setBottom(footer());
            CaseDetailPane pane = new CaseDetailPane(detail, ticker.nowProperty(), log.policyProperty(), messages,
                    opener);
            SplitPane split = new SplitPane(left, pane.view());
            split.setOrientation(Orientation.HORIZONTAL);
            split.setDividerPositions(0.66);
            split.getStyleClass().add("cases-screen");
            split.getStylesheets().add(stylesheet());
            split.sceneProperty().addListener((obs, old, scene) -> installShortcuts(scene));
            split.getProperties().put(CasesScreen.class, this);
            view = split;
        }
        return view;
    }

    private void installShortcuts(Scene scene) {
        if (scene != null) {
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                    this::openNewCase);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                Node search = view.lookup("#caseSearch");
                if (search != null) {
                    search.requestFocus();
                }
            });
        }
    }

    /** Opens the quick case form (button, Ctrl+N). */
    public void openNewCase() {
        Window owner = view == null || view.getScene() == null ? null : view.getScene().getWindow();
        NewCaseDialog.show(owner, newCase, messages, d -> {
            selectedId = d.id();
            detail.show(d.id());
            log.refresh();
        });
    }

    // Toolbar: new case, filters, search, the saved filter

    private Node toolbar() {
        Button add = new Button(messages.tr("cases.ui.new.button"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("newCase");
        add.getStyleClass().add("accent");
        add.setTooltip(new Tooltip(messages.tr("cases.ui.new.tooltip")));
        add.setOnAction(e -> openNewCase());

        ComboBox<Platform> platform = filter("filterPlatform", Platform.values(), p -> messages.tr(p.labelKey()),
                "cases.ui.filter.allPlatforms");
        platform.valueProperty().bindBidirectional(log.platformProperty());
        ComboBox<CaseState> state = filter("filterState", CaseState.values(), s -> messages.tr(s.labelKey()),
                "cases.ui.filter.allStates");
        state.valueProperty().bindBidirectional(log.stateProperty());
        ComboBox<Category> category = filter("filterCategory", Category.values(), c -> messages.tr(c.labelKey()),
                "cases.ui.filter.allCategories");
        category.valueProperty().bindBidirectional(log.categoryProperty());
        ComboBox<Urgency> urgency = filter("filterUrgency", Urgency.values(), u -> messages.tr(u.labelKey()),
                "cases.ui.filter.allUrgencies");
        urgency.valueProperty().bindBidirectional(log.urgencyProperty());

        TextField search = new TextField();
        search.setId("caseSearch");
        search.setPromptText(messages.tr("cases.ui.search.prompt"));
        search.setPrefColumnCount(14);
        // wait for a pause in typing: one query per word, not per key
        PauseTransition debounce = new PauseTransition(Duration.millis(250));
        debounce.setOnFinished(e -> log.searchProperty().set(search.getText()));
        search.textProperty().addListener((obs, old, text) -> debounce.playFromStart());
        search.setOnAction(e -> {
            debounce.stop();
            log.searchProperty().set(search.getText());
        });
        log.searchProperty().addListener((obs, old, text) -> {
            if (!Objects.equals(text, search.getText())) {
                search.setText(text);
            }
        });

        ToggleButton today = new ToggleButton(messages.tr("cases.ui.filter.dueToday"),
                new FontIcon(MaterialDesignA.ALARM));
        today.setId("dueToday");
        today.setTooltip(new Tooltip(messages.tr("cases.ui.filter.dueTodayTip")));
        today.selectedProperty().bindBidirectional(log.dueTodayProperty());

        Button clear = new Button(null, new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        clear.setId("clearFilters");
        clear.getStyleClass().add("flat");
        clear.setTooltip(new Tooltip(messages.tr("cases.ui.filter.clear")));
        clear.setOnAction(e -> log.clearFilters());
        Button reload = new Button(null, new FontIcon(MaterialDesignR.REFRESH));
        reload.setId("caseRefresh");
        reload.getStyleClass().add("flat");
        reload.setTooltip(new Tooltip(messages.tr("cases.ui.refresh")));
        reload.setOnAction(e -> refresh());

        HBox row1 = new HBox(8, add, today, search, clear, reload);
        HBox.setHgrow(search, Priority.ALWAYS);
        row1.setAlignment(Pos.CENTER_LEFT);
        HBox row2 = new HBox(8, platform, state, category, urgency);
        row2.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, row1, row2);
        box.setPadding(new Insets(10, 10, 6, 10));
        box.getStyleClass().add("cases-toolbar");
        return box;
    }

    private <T> ComboBox<T> filter(String id, T[] values, Function<T, String> label, String allKey) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(values);
        String all = messages.tr(allKey);
        box.setConverter(com.afterdesk.common.ui.Labels.converter(v -> label.apply(v)));
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? all : label.apply(item));
            }
        });
        box.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? all : label.apply(item));
            }
        });
        box.setPromptText(all);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private Node banner() {
        Label text = new Label();
        text.setId("closedSummary");
        text.setWrapText(true);
        text.textProperty().bind(log.closedSummaryProperty());
        Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.setId("closedSummaryDismiss");
        close.getStyleClass().add("flat");
        close.setOnAction(e -> log.dismissClosedSummary());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(8, new FontIcon(MaterialDesignA.ALERT_OUTLINE), text, gap, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("closed-summary");
        box.setPadding(new Insets(6, 10, 6, 10));
        box.visibleProperty().bind(log.closedSummaryProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        Label error = NewCaseDialog.errorLabel("caseLogError", log.errorProperty());
        error.setPadding(new Insets(0, 10, 0, 10));
        return new VBox(box, error);
    }

    // The table

    private Node table() {
        table = new TableView<>(log.rows());
        table.setId("caseTable");
        table.setPlaceholder(new Label(messages.tr("cases.ui.table.empty")));
        // columns keep their widths (the most important first); the table scrolls sideways when narrow
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        CaseTexts t = log.texts();
        ObservableValue<java.time.Instant> now = ticker.nowProperty();
        TableColumn<CaseLogRow, CaseLogRow> urgency = self("colUrgency", "cases.ui.col.urgency", 84);
        urgency.setCellFactory(c -> new TickingCell(TickingCell.Mode.BADGE, log, now));
        TableColumn<CaseLogRow, CaseLogRow> countdown = self("colCountdown", "cases.ui.col.countdown", 150);
        countdown.setCellFactory(c -> new TickingCell(TickingCell.Mode.COUNTDOWN, log, now));
        table.getColumns().add(urgency);
        table.getColumns().add(countdown);
        table.getColumns().add(text("colAction", "cases.ui.col.action", 128, t::actionOf));
        table.getColumns().add(text("colPlatform", "cases.field.platform", 56,
                r -> messages.tr(r.platform().labelKey())));
        table.getColumns().add(text("colOrder", "cases.field.order", 146, CaseLogRow::orderNo));
        table.getColumns().add(text("colBuyer", "cases.field.buyer", 90, t::buyer));
        table.getColumns().add(text("colProduct", "cases.field.product", 120, CaseLogRow::product));
        TableColumn<CaseLogRow, String> amount = text("colAmount", "cases.ui.col.amount", 80,
                r -> t.money(r.amountFen()));
        amount.getStyleClass().add("amount-column");
        table.getColumns().add(amount);
        table.getColumns().add(text("colType", "cases.field.type", 110, r -> t.type(r.type(), r.shipped())));
        table.getColumns().add(text("colState", "cases.field.state", 80, r -> messages.tr(r.state().labelKey())));
        TableColumn<CaseLogRow, CaseLogRow> category = new TableColumn<>(messages.tr("cases.field.category"));
        category.setId("colCategory");
        category.setSortable(false);
        category.setPrefWidth(140); // room for the longest label and its count: 威胁/恶意索赔 +1
        category.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        category.setCellFactory(c -> new TableCell<>() {
            /** One per cell, reused as the cell is recycled while scrolling. */
            private final Tooltip all = new Tooltip();

            @Override
            protected void updateItem(CaseLogRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : t.categoryCell(row));
                // every category of the case in words, when there is more than the one shown
                boolean more = !empty && row != null && !row.secondaryCategories().isEmpty();
                all.setText(more ? t.categories(row.category(), row.secondaryCategories()) : "");
                setTooltip(more ? all : null);
            }
        });
        table.getColumns().add(category);
        table.getColumns().add(text("colOpened", "cases.field.opened", 100, r -> t.shortTime(r.openedAt())));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                selectedId = row.caseId();
                detail.show(row.caseId());
            }
        });
        // keep the selected case selected when the rows are reloaded
        log.rows().addListener((ListChangeListener<CaseLogRow>) c -> {
            if (selectedId == null) {
                return;
            }
            CaseLogRow sel = table.getSelectionModel().getSelectedItem();
            if (sel != null && sel.caseId() == selectedId) {
                return;
            }
            List<CaseLogRow> items = log.rows();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).caseId() == selectedId) {
                    table.getSelectionModel().select(i);
                    return;
                }
            }
        });
        return table;
    }

    private TableColumn<CaseLogRow, CaseLogRow> self(String id, String key, double width) {
        TableColumn<CaseLogRow, CaseLogRow> col = new TableColumn<>(messages.tr(key));
        col.setId(id);
        col.setSortable(false);
        col.setPrefWidth(width);
        col.setMinWidth(width);
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        return col;
    }

    private TableColumn<CaseLogRow, String> text(String id, String key, double width,
                                                 Function<CaseLogRow, String> value) {
        TableColumn<CaseLogRow, String> col = new TableColumn<>(messages.tr(key));
        col.setId(id);
        col.setSortable(false);
        col.setPrefWidth(width);
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return col;
    }

    private Node footer() {
        Label count = new Label();
        count.setId("caseCount");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> messages.tr("cases.ui.count", log.rows().size(), log.totalProperty().get()),
                log.rows(), log.totalProperty()));
        Button more = new Button(messages.tr("cases.ui.loadMore"));
        more.setId("loadMore");
        more.disableProperty().bind(Bindings.createBooleanBinding(() -> !log.hasMore() || log.loadingProperty().get(),
                log.rows(), log.totalProperty(), log.loadingProperty()));
        more.setOnAction(e -> log.loadMore());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label legend = new Label(messages.tr("cases.ui.legend"));
        legend.getStyleClass().add("text-muted");
        HBox box = new HBox(10, count, more, gap, legend);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 10, 6, 10));
        return box;
    }

    // Notifications

    private static final javafx.scene.paint.Color OVERDUE_RED = javafx.scene.paint.Color.web("#cf222e");
    private static final javafx.scene.paint.Color WARNING_AMBER = javafx.scene.paint.Color.web("#bf8700");

    private void notify(List<CaseLogViewModel.Notice> notices) {
        Window owner = view == null || view.getScene() == null ? null : view.getScene().getWindow();
        if (owner == null || !owner.isShowing()) {
            return;
        }
        // many at once (after a long lunch): one notification per case up to 3, then a summary
        int shownCount = 0;
        for (CaseLogViewModel.Notice n : notices) {
            if (shownCount == 3 && notices.size() > 4) {
                show(owner, new CaseLogViewModel.Notice(messages.tr("cases.ui.alert.moreTitle"),
                        messages.tr("cases.ui.alert.moreText", notices.size() - 3), false, -1));
                return;
            }
            show(owner, n);
            shownCount++;
        }
    }

    private void show(Window owner, CaseLogViewModel.Notice n) {
        // top right, over the headers of the right-hand panes: at the bottom right it covered the chat's send button
        // for up to half a minute, the one thing an agent with an alert on screen is about to press
        Notifications note = Notifications.create().title(n.title()).text(n.text()).owner(owner)
                .hideAfter(Duration.seconds(n.overdue() ? 30 : 12)).position(Pos.TOP_RIGHT);
        if (n.caseId() > 0) {
            note.onAction(e -> {
                selectedId = n.caseId();
                detail.show(n.caseId());
            });
        }
        // an Ikonli icon instead of ControlsFX's bitmap icons, which look out of place next to the theme
        FontIcon icon = new FontIcon(n.overdue() ? MaterialDesignA.ALARM : MaterialDesignC.CLOCK_ALERT_OUTLINE);
        icon.setIconSize(32);
        icon.setIconColor(n.overdue() ? OVERDUE_RED : WARNING_AMBER);
        note.graphic(icon).show();
    }
}
