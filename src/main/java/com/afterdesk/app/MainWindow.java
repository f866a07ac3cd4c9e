package com.afterdesk.app;

import com.afterdesk.backend.Preferences.Theme;
import com.afterdesk.common.Messages;
import com.afterdesk.common.ui.Screen;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The shell: navigation on the left, the selected screen in the middle, the status bar at the bottom.
 * Screens are created by the features and handed in; the shell only switches between them.
 */
final class MainWindow {

    /** How often the window asks the database whether someone else changed it. */
    static final Duration CHANGE_POLL = Duration.seconds(2);

    private final MainViewModel model;
    private final Messages messages;
    private final Map<String, Screen> screens = new LinkedHashMap<>();
    private final Map<String, ToggleButton> navButtons = new LinkedHashMap<>();
    private final ToggleGroup navGroup = new ToggleGroup();
    private final StackPane content = new StackPane();
    private final BorderPane root = new BorderPane();
    private final Timeline changePoll;
    private Screen current;

    MainWindow(MainViewModel model, Messages messages, List<Screen> screenList, FxTaskRunnerStatus busy) {
        this.model = model;
        this.messages = messages;
        screenList.forEach(s -> screens.put(s.id(), s));
        root.setId("mainWindow");
        root.setLeft(navigation());
        content.setId("content");
        content.getStyleClass().add("content");
        root.setCenter(content);
        root.setBottom(statusBar(busy));
        model.onDataChanged(() -> {
            if (current != null) {
                current.refresh();
            }
        });
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5) {
                model.refreshAll();
                e.consume();
            }
        });
        changePoll = new Timeline(new KeyFrame(CHANGE_POLL, e -> model.checkForChanges()));
        changePoll.setCycleCount(Timeline.INDEFINITE);
    }

    /** Status of the background work, shown in the status bar. */
    record FxTaskRunnerStatus(javafx.beans.value.ObservableValue<Number> running,
                              javafx.beans.value.ObservableValue<String> message) {
    }

    /** Refreshes the status bar and the screens (after a bulk change such as loading the sample shop). */
    void refreshAll() {
        model.refreshAll();
    }

    Parent root() {
        return root;
    }

    void start() {
        model.checkForChanges();
        changePoll.play();
    }

    void stop() {
        changePoll.stop();
    }

    /** Shows a screen by id. */
    void select(String id) {
        Screen screen = screens.get(id);
        if (screen == null) {
            return;
        }
        current = screen;
        Node view = screen.view();
        view.setId("screen-" + id);
        content.getChildren().setAll(view);
        ToggleButton button = navButtons.get(id);
        if (button != null && !button.isSelected()) {
            button.setSelected(true);
        }
        screen.onShow();
    }

    String selectedId() {
        return current == null ? null : current.id();
    }

    private Node navigation() {
        Label brand = new Label(messages.tr("app.name"));
        brand.getStyleClass().add("brand");
        brand.setId("brand");
        VBox nav = new VBox(4);
        nav.getStyleClass().add("nav");
        nav.setId("navigation");
        nav.setPadding(new Insets(12, 8, 12, 8));
        nav.getChildren().addAll(brand, new Separator());
        int index = 1;
        for (Screen screen : screens.values()) {
            ToggleButton b = new ToggleButton(messages.tr(screen.titleKey()), new FontIcon(screen.icon()));
            b.setId("nav-" + screen.id());
            b.setToggleGroup(navGroup);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add("nav-button");
            b.setTooltip(new Tooltip(messages.tr(screen.titleKey()) + "  (Ctrl+" + index + ")"));
            b.setOnAction(e -> {
                if (!b.isSelected()) {
                    b.setSelected(true);
                }
                select(screen.id());
            });
            final String id = screen.id();
            final int keyIndex = index;
            root.sceneProperty().addListener((obs, old, scene) -> {
                if (scene != null && keyIndex <= 9) {
                    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(keyIndex)),
                            KeyCombination.SHORTCUT_DOWN), () -> select(id));
                }
            });
            navButtons.put(screen.id(), b);
            nav.getChildren().add(b);
            index++;
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button theme = new Button();
        theme.setId("themeToggle");
        theme.getStyleClass().add("flat");
        theme.setMaxWidth(Double.MAX_VALUE);
        theme.setAlignment(Pos.CENTER_LEFT);
        updateThemeButton(theme, model.themeProperty().get());
        model.themeProperty().addListener((obs, old, t) -> updateThemeButton(theme, t));
        theme.setOnAction(e -> model.toggleTheme());
        nav.getChildren().addAll(spacer, theme);
        nav.setPrefWidth(168);
        return nav;
    }

    private void updateThemeButton(Button button, Theme theme) {
        boolean dark = theme == Theme.DARK;
        button.setText(messages.tr(dark ? "app.theme.toLight" : "app.theme.toDark"));
        button.setGraphic(new FontIcon(dark ? MaterialDesignW.WHITE_BALANCE_SUNNY : MaterialDesignW.WEATHER_NIGHT));
    }

    private Node statusBar(FxTaskRunnerStatus busy) {
        Label home = statusLabel("statusHome", model.homeProperty());
        home.setTooltip(new Tooltip());
        home.getTooltip().textProperty().bind(model.homeProperty());
        home.setMaxWidth(360);
        Label size = statusLabel("statusDatabaseSize", model.databaseSizeProperty());
        Label counts = statusLabel("statusCounts", model.countsProperty());
        Label deadline = statusLabel("statusNextDeadline", model.nextDeadlineProperty());
        Label problem = statusLabel("statusProblem", model.problemProperty());
        problem.getStyleClass().add("danger");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(14, 14);
        spinner.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> busy.running().getValue().intValue() > 0, busy.running()));
        Label work = new Label();
        work.setId("statusWork");
        work.textProperty().bind(busy.message());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(14, home, new Separator(javafx.geometry.Orientation.VERTICAL), size,
                new Separator(javafx.geometry.Orientation.VERTICAL), counts,
                new Separator(javafx.geometry.Orientation.VERTICAL), deadline, problem, spacer, work, spinner);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    private static Label statusLabel(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        l.getStyleClass().add("status-item");
        return l;
    }
}
