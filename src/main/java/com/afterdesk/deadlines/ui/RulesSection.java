package com.afterdesk.deadlines.ui;

import com.afterdesk.common.ui.Labels;
import com.afterdesk.common.Messages;
import com.afterdesk.common.TaskRunner;
import com.afterdesk.common.ui.SettingsSection;
import com.afterdesk.deadlines.RuleBook;
import com.afterdesk.domain.Platform;
import com.afterdesk.storage.SettingsStore;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** 时限规则 on the settings screen: platform rules, this shop's durations, rule files, alert and urgency levels. */
public final class RulesSection implements SettingsSection {

    private final RulesViewModel model;
    private final Messages messages;
    private Node view;
    private boolean loaded;

    public RulesSection(RuleBook rules, SettingsStore settings, Supplier<List<Duration>> alertThresholds,
                        Consumer<List<Duration>> setAlertThresholds, TaskRunner runner, Messages messages) {
        this.model = new RulesViewModel(rules, settings, alertThresholds, setAlertThresholds, runner, messages);
        this.messages = messages;
    }

    public RulesViewModel model() {
        return model;
    }

    @Override
    public String titleKey() {
        return "deadlines.ui.title";
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    @Override
    public Node view() {
        if (view == null) {
            VBox box = new VBox(10, rulesPart(), thresholdsPart());
            box.setId("rulesSection");
            box.getStylesheets().add(Objects.requireNonNull(
                    RulesSection.class.getResource("/css/deadlines.css")).toExternalForm());
            box.getProperties().put(RulesViewModel.class, model);
            box.sceneProperty().addListener((obs, old, scene) -> {
                if (scene != null && !loaded) {
                    loaded = true;
                    model.refresh();
                }
            });
            view = box;
        }
        return view;
    }

    private Node rulesPart() {
        ComboBox<Platform> platform = new ComboBox<>();
        platform.setId("rulesPlatform");
        platform.getItems().setAll(Platform.values());
        platform.setConverter(Labels.converter(p -> messages.tr(p.labelKey())));
        platform.valueProperty().bindBidirectional(model.platformProperty());

        TableView<RulesViewModel.Row> table = new TableView<>(model.rows());
        table.setId("rulesTable");
        table.setPrefHeight(280);
        table.setPlaceholder(new Label(messages.tr("deadlines.ui.rules.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(col("deadlines.ui.col.rule", 170, RulesViewModel.Row::title));
        table.getColumns().add(col("deadlines.ui.col.state", 90, RulesViewModel.Row::state));
        table.getColumns().add(col("deadlines.ui.col.who", 50, RulesViewModel.Row::who));
        TableColumn<RulesViewModel.Row, String> duration = col("deadlines.ui.col.duration", 80,
                RulesViewModel.Row::duration);
        duration.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                RulesViewModel.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                getStyleClass().remove("rule-overridden");
                setTooltip(null);
                if (row != null && row.overridden()) {
                    getStyleClass().add("rule-overridden");
                    setTooltip(new Tooltip(messages.tr("deadlines.ui.rule.overridden", row.presetDuration())));
                }
            }
        });
        table.getColumns().add(duration);
        table.getColumns().add(col("deadlines.ui.col.onTimeout", 110, RulesViewModel.Row::onTimeout));
        table.getColumns().add(col("deadlines.ui.col.effective", 85, RulesViewModel.Row::effective));
        TableColumn<RulesViewModel.Row, String> confidence = col("deadlines.ui.col.confidence", 70,
                RulesViewModel.Row::confidence);
        confidence.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                RulesViewModel.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                getStyleClass().remove("rule-low-confidence");
                setTooltip(null);
                if (row != null && row.lowConfidence()) {
                    getStyleClass().add("rule-low-confidence");
                    if (!row.confidenceNote().isBlank()) {
                        setTooltip(new Tooltip(row.confidenceNote()));
                    }
                }
            }
        });
        table.getColumns().add(confidence);
        table.getColumns().add(col("deadlines.ui.col.source", 200, RulesViewModel.Row::source));
        table.setRowFactory(t -> {
            TableRow<RulesViewModel.Row> row = new TableRow<>();
            row.itemProperty().addListener((obs, old, item) -> row.setTooltip(item == null ? null
                    : new Tooltip(item.source() + (item.confidenceNote().isBlank() ? "" : "\n" + item.confidenceNote()))));
            return row;
        });

        TextField durationField = new TextField();
        durationField.setId("ruleDuration");
        durationField.setPromptText(messages.tr("deadlines.ui.duration.prompt"));
        durationField.setPrefColumnCount(8);
        Button setDuration = new Button(messages.tr("deadlines.ui.rule.set"));
        setDuration.setId("ruleSetDuration");
        Button reset = new Button(messages.tr("deadlines.ui.rule.reset"));
        reset.setId("ruleReset");
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            durationField.setText(row == null ? "" : row.durationInput());
            boolean editable = row != null && row.editable();
            durationField.setDisable(!editable);
            setDuration.setDisable(!editable);
            reset.setDisable(row == null || !row.overridden());
        });
        durationField.setDisable(true);
        setDuration.setDisable(true);
        reset.setDisable(true);
        Runnable apply = () -> {
            RulesViewModel.Row row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.setDuration(row.id(), durationField.getText());
            }
        };
        setDuration.setOnAction(e -> apply.run());
        durationField.setOnAction(e -> apply.run());
        reset.setOnAction(e -> {
            RulesViewModel.Row row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.resetRule(row.id());
            }
        });
        Button resetPlatform = new Button(messages.tr("deadlines.ui.resetPlatform"));
        resetPlatform.setId("rulesResetPlatform");
        resetPlatform.setOnAction(e -> model.resetPlatform());
        Button importButton = new Button(messages.tr("deadlines.ui.import"));
        importButton.setId("rulesImport");
        importButton.setOnAction(e -> {
            FileChooser chooser = chooser();
            File f = chooser.showOpenDialog(window());
            if (f != null) {
                model.importFile(f.toPath());
            }
        });
        Button exportButton = new Button(messages.tr("deadlines.ui.export"));
        exportButton.setId("rulesExport");
        exportButton.setOnAction(e -> {
            FileChooser chooser = chooser();
            chooser.setInitialFileName("rules-" + model.platformProperty().get().id() + ".json");
            File f = chooser.showSaveDialog(window());
            if (f != null) {
                model.exportFile(f.toPath());
            }
        });
        HBox top = new HBox(8, new Label(messages.tr("cases.field.platform")), platform, resetPlatform,
                importButton, exportButton);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox edit = new HBox(8, new Label(messages.tr("deadlines.ui.rule.durationLabel")), durationField,
                setDuration, reset);
        edit.setAlignment(Pos.CENTER_LEFT);

        ListView<String> problems = new ListView<>(model.problems());
        problems.setId("rulesProblems");
        problems.getStyleClass().add("rules-problems");
        problems.setPrefHeight(120);
        problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.problems()));
        problems.managedProperty().bind(problems.visibleProperty());

        Label hint = new Label(messages.tr("deadlines.ui.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        return new VBox(8, top, table, edit, feedback("rulesError", model.errorProperty(), "rules-problems"),
                problems, feedback("rulesStatus", model.statusProperty(), "text-muted"), hint);
    }

    private Node thresholdsPart() {
        TextField alerts = field("alertThresholds", model.thresholdsProperty(), 16);
        Button saveAlerts = new Button(messages.tr("deadlines.ui.save"));
        saveAlerts.setId("saveThresholds");
        saveAlerts.setOnAction(e -> model.saveThresholds());
        TextField critical = field("urgencyCritical", model.criticalProperty(), 6);
        TextField criticalShare = field("urgencyCriticalShare", model.criticalShareProperty(), 4);
        TextField warning = field("urgencyWarning", model.warningProperty(), 6);
        TextField warningShare = field("urgencyWarningShare", model.warningShareProperty(), 4);
        Button saveUrgency = new Button(messages.tr("deadlines.ui.save"));
        saveUrgency.setId("saveUrgency");
        saveUrgency.setOnAction(e -> model.saveUrgency());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.tr("deadlines.ui.alerts.label")), alerts, saveAlerts);
        grid.addRow(1, new Label(messages.tr("deadlines.ui.urgency.critical")),
                new HBox(6, critical, new Label(messages.tr("deadlines.ui.urgency.or")), criticalShare,
                        new Label("%")));
        grid.addRow(2, new Label(messages.tr("deadlines.ui.urgency.warning")),
                new HBox(6, warning, new Label(messages.tr("deadlines.ui.urgency.or")), warningShare,
                        new Label("%")), saveUrgency);
        Label hint = new Label(messages.tr("deadlines.ui.alerts.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        return new VBox(8, grid, hint);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(value);
        HBox.setHgrow(f, Priority.NEVER);
        return f;
    }

    private static Label feedback(String id, ReadOnlyStringProperty text, String style) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.textProperty().bind(text);
        l.visibleProperty().bind(text.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.tr("deadlines.ui.fileTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.tr("deadlines.ui.fileType"),
                "*.json"));
        return chooser;
    }

    private Window window() {
        return view == null || view.getScene() == null ? null : view.getScene().getWindow();
    }

    private TableColumn<RulesViewModel.Row, String> col(String key, double width,
                                                       Function<RulesViewModel.Row, String> value) {
        TableColumn<RulesViewModel.Row, String> c = new TableColumn<>(messages.tr(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

}
