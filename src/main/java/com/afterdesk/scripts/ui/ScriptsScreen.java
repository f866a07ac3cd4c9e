package com.afterdesk.scripts.ui;

import com.afterdesk.common.ui.Labels;
import com.afterdesk.common.Messages;
import com.afterdesk.common.TaskRunner;
import com.afterdesk.common.ui.Dialogs;
import com.afterdesk.common.ui.Screen;
import com.afterdesk.domain.Stage;
import com.afterdesk.scripts.Placeholders;
import com.afterdesk.scripts.Script;
import com.afterdesk.scripts.ScriptLibrary;
import java.io.File;
import java.time.Clock;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * 话术库: categories with counts and a stage filter on the left, the searchable list in the middle, the editor
 * with placeholders, validation and usage on the right. Import and export through file choosers.
 */
public final class ScriptsScreen implements Screen {

    private final ScriptsViewModel model;
    private final Messages messages;
    private Node view;
    private boolean shown;
    private boolean syncing;

    public ScriptsScreen(ScriptLibrary library, TaskRunner runner, Messages messages, Clock clock) {
        this.model = new ScriptsViewModel(library, runner, messages, clock);
        this.messages = messages;
    }

    /** The view model (for tests that drive commands headless, such as an import from a path). */
    public ScriptsViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return "scripts";
    }

    @Override
    public String titleKey() {
        return "app.nav.scripts";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignT.TEXT_BOX_MULTIPLE_OUTLINE;
    }

    @Override
    public void onShow() {
        if (!shown) {
            shown = true;
            model.refresh();
        }
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    @Override
    public Node view() {
        if (view == null) {
            SplitPane split = new SplitPane(categories(), list(), editor());
            split.setDividerPositions(0.2, 0.55);
            split.getStyleClass().add("scripts-screen");
            split.getStylesheets().add(Objects.requireNonNull(
                    ScriptsScreen.class.getResource("/css/scripts.css")).toExternalForm());
            split.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                    model.save();
                    e.consume();
                }
            });
            model.importFailureProperty().addListener((obs, old, f) -> {
                if (f != null) {
                    showImportFailure(f, split.getScene() == null ? null : split.getScene().getWindow());
                }
            });
            model.errorProperty().addListener((obs, old, text) -> {
                if (!text.isEmpty()) {
                    Alert alert = Dialogs.error(split.getScene() == null ? null : split.getScene().getWindow(),
                            messages, "scripts.error.title", text);
                    alert.setOnHidden(e -> model.clearError());
                    alert.show();
                }
            });
            // lets tests reach the commands that native dialogs (file choosers) would otherwise drive
            split.getProperties().put(ScriptsViewModel.class, model);
            view = split;
        }
        return view;
    }

    // Left: categories and stage filter

    private Node categories() {
        Label heading = new Label(messages.tr("scripts.categories.title"));
        heading.getStyleClass().add("scripts-heading");
        ComboBox<ScriptsViewModel.StageItem> stage = new ComboBox<>(model.stages());
        stage.setId("scriptStageFilter");
        stage.setMaxWidth(Double.MAX_VALUE);
        stage.setConverter(Labels.converter(i -> i.label() + "  " + i.count()));
        stage.valueProperty().bindBidirectional(model.selectedStageProperty());
        ListView<ScriptsViewModel.Group> groups = new ListView<>(model.groups());
        groups.setId("scriptCategories");
        groups.setCellFactory(lv -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ScriptsViewModel.Group g, boolean empty) {
                super.updateItem(g, empty);
                if (empty || g == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(g.label());
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                Label count = new Label(String.valueOf(g.count()));
                count.getStyleClass().add("scripts-count");
                HBox box = new HBox(6, name, gap, count);
                setText(null);
                setGraphic(box);
            }
        });
        groups.getSelectionModel().selectedItemProperty().addListener((obs, old, g) -> {
            if (g != null && !syncing) {
                model.selectedGroupProperty().set(g);
            }
        });
        Runnable showSelected = () -> {
            syncing = true;
            try {
                ScriptsViewModel.Group wanted = model.selectedGroupProperty().get();
                int index = wanted == null ? -1 : model.groups().indexOf(wanted);
                if (index >= 0 && groups.getSelectionModel().getSelectedIndex() != index) {
                    groups.getSelectionModel().select(index);
                }
            } finally {
                syncing = false;
            }
        };
        model.groups().addListener((ListChangeListener<ScriptsViewModel.Group>) c -> showSelected.run());
        model.selectedGroupProperty().addListener((obs, old, g) -> showSelected.run());
        VBox.setVgrow(groups, Priority.ALWAYS);
        VBox box = new VBox(8, heading, stage, groups);
        box.setPadding(new Insets(12));
        box.getStyleClass().add("scripts-categories");
        box.setMinWidth(180);
        return box;
    }

    // Centre: search, toolbar and list

    private Node list() {
        TextField search = new TextField();
        search.setId("scriptSearch");
        search.setPromptText(messages.tr("scripts.search.prompt"));
        search.textProperty().bindBidirectional(model.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        Button newButton = button("scriptNew", "scripts.button.new", MaterialDesignP.PLUS);
        newButton.setOnAction(e -> {
            if (confirmDiscard()) {
                model.newScript();
            }
        });
        Button undo = button("scriptUndo", "scripts.button.undo", MaterialDesignU.UNDO);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(model.undoLabelProperty());
        undo.setTooltip(undoTip);
        undo.setOnAction(e -> model.undo());
        Button importButton = button("scriptImport", "scripts.button.import", MaterialDesignF.FILE_IMPORT_OUTLINE);
        importButton.setOnAction(e -> chooseImport());
        Button exportButton = button("scriptExport", "scripts.button.export", MaterialDesignF.FILE_EXPORT_OUTLINE);
        exportButton.setOnAction(e -> chooseExport());
        // the search gets a line of its own so it stays wide enough to read when the list column is narrow
        HBox buttons = new HBox(6, newButton, undo, importButton, exportButton);
        VBox tools = new VBox(6, search, buttons);

        ListView<ScriptsViewModel.Row> list = new ListView<>(model.rows());
        list.setId("scriptList");
        list.setPlaceholder(new Label(messages.tr("scripts.list.empty")));
        list.setCellFactory(lv -> new ListCell<>() {
            {
                setPrefWidth(0); // fit the list's width: long texts are cut with an ellipsis, no sideways scrolling
            }

            @Override
            protected void updateItem(ScriptsViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label title = new Label(row.title());
                title.getStyleClass().add("script-row-title");
                Label details = new Label(row.details());
                details.getStyleClass().add("script-row-details");
                Label preview = new Label(row.script().text().replace('\n', ' '));
                preview.getStyleClass().add("script-row-preview");
                preview.setMaxWidth(Double.MAX_VALUE);
                setText(null);
                setGraphic(new VBox(2, title, details, preview));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row == null || syncing) {
                return;
            }
            Script editing = model.editingProperty().get();
            if (editing != null && editing.id().equals(row.script().id()) && !model.dirtyProperty().get()) {
                return;
            }
            if (confirmDiscard()) {
                model.select(row.script());
            } else {
                syncing = true;
                list.getSelectionModel().clearSelection();
                syncing = false;
            }
        });
        Label status = new Label();
        status.setId("scriptStatus");
        status.getStyleClass().add("scripts-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, tools, list, status);
        box.setPadding(new Insets(12));
        box.setMinWidth(320);
        return box;
    }

    // Right: editor

    private Node editor() {
        Label heading = new Label();
        heading.getStyleClass().add("scripts-heading");
        heading.textProperty().bind(Bindings.createStringBinding(() -> messages.tr(
                model.editingProperty().get() == null ? "scripts.editor.new" : "scripts.editor.edit"),
                model.editingProperty()));

        TextField title = new TextField();
        title.setId("scriptTitle");
        title.textProperty().bindBidirectional(model.titleProperty());
        TextArea text = new TextArea();
        text.setId("scriptText");
        text.setWrapText(true);
        text.setPrefRowCount(7);
        text.textProperty().bindBidirectional(model.textProperty());
        TextField code = new TextField();
        code.setId("scriptCode");
        code.setPromptText(messages.tr("scripts.code.prompt"));
        code.textProperty().bindBidirectional(model.codeProperty());
        TextField tags = new TextField();
        tags.setId("scriptTags");
        tags.setPromptText(messages.tr("scripts.tags.prompt"));
        tags.textProperty().bindBidirectional(model.tagsProperty());
        ComboBox<ScriptsViewModel.CategoryChoice> category = new ComboBox<>(model.categoryChoices());
        category.setId("scriptCategory");
        category.valueProperty().bindBidirectional(model.categoryProperty());
        category.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Stage> stage = new ComboBox<>();
        stage.getItems().setAll(Stage.values());
        stage.setId("scriptStage");
        stage.setConverter(Labels.converter(model::label));
        stage.valueProperty().bindBidirectional(model.stageProperty());
        stage.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Script.Variant> variant = new ComboBox<>();
        variant.getItems().setAll(Script.Variant.values());
        variant.setId("scriptVariant");
        variant.setConverter(Labels.converter(model::label));
        variant.valueProperty().bindBidirectional(model.variantProperty());
        variant.setMaxWidth(Double.MAX_VALUE);

        FlowPane placeholders = new FlowPane(6, 6);
        placeholders.setId("scriptPlaceholders");
        Runnable showPlaceholders = () -> {
            placeholders.getChildren().clear();
            if (model.placeholders().isEmpty()) {
                Label none = new Label(messages.tr("scripts.placeholders.none"));
                none.getStyleClass().add("scripts-muted");
                placeholders.getChildren().add(none);
            }
            for (ScriptsViewModel.PlaceholderItem p : model.placeholders()) {
                Label chip = new Label("{" + p.name() + "}");
                chip.getStyleClass().addAll("placeholder-chip", p.known() ? "known" : "unknown");
                placeholders.getChildren().add(chip);
            }
        };
        model.placeholders().addListener((ListChangeListener<ScriptsViewModel.PlaceholderItem>) c ->
                showPlaceholders.run());
        showPlaceholders.run();
        Label hint = new Label(messages.tr("scripts.placeholders.hint",
                String.join(" ", Placeholders.KNOWN.stream().map(n -> "{" + n + "}").toList())));
        hint.setWrapText(true);
        hint.getStyleClass().add("scripts-muted");

        Label validation = new Label();
        validation.setId("scriptValidation");
        validation.setWrapText(true);
        validation.getStyleClass().add("scripts-validation");
        validation.textProperty().bind(model.validationProperty());
        validation.visibleProperty().bind(model.validationProperty().isNotEmpty());
        validation.managedProperty().bind(validation.visibleProperty());

        Label usage = new Label();
        usage.setId("scriptUsage");
        usage.setWrapText(true);
        usage.textProperty().bind(model.usageProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        int r = 0;
        form.addRow(r++, fieldLabel("scripts.field.title"), title);
        form.addRow(r++, fieldLabel("scripts.field.category"), category);
        form.addRow(r++, fieldLabel("scripts.field.stage"), stage);
        form.addRow(r++, fieldLabel("scripts.field.variant"), variant);
        form.addRow(r++, fieldLabel("scripts.field.code"), code);
        form.addRow(r++, fieldLabel("scripts.field.tags"), tags);
        form.addRow(r++, fieldLabel("scripts.field.text"), text);
        form.addRow(r++, fieldLabel("scripts.field.placeholders"), new VBox(4, placeholders, hint));
        form.addRow(r, fieldLabel("scripts.field.usage"), usage);
        GridPane.setHgrow(text, Priority.ALWAYS);
        GridPane.setVgrow(text, Priority.ALWAYS);
        for (Node n : new Node[] {title, code, tags}) {
            GridPane.setHgrow(n, Priority.ALWAYS);
        }

        Button save = button("scriptSave", "scripts.button.save", MaterialDesignC.CONTENT_SAVE_OUTLINE);
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.setOnAction(e -> model.save());
        Button duplicate = button("scriptDuplicate", "scripts.button.duplicate", MaterialDesignC.CONTENT_COPY);
        duplicate.disableProperty().bind(model.editingProperty().isNull());
        duplicate.setOnAction(e -> {
            if (confirmDiscard()) {
                model.duplicate();
            }
        });
        Button delete = button("scriptDelete", "scripts.button.delete", MaterialDesignD.DELETE_OUTLINE);
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(model.editingProperty().isNull());
        delete.setOnAction(e -> model.delete());
        HBox actions = new HBox(6, save, duplicate, delete);

        VBox box = new VBox(10, heading, form, validation, new Separator(Orientation.HORIZONTAL), actions);
        box.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setMinWidth(340);
        return scroll;
    }

    private Label fieldLabel(String key) {
        Label l = new Label(messages.tr(key));
        l.getStyleClass().add("scripts-field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Button button(String id, String key, Ikon icon) {
        Button b = new Button(messages.tr(key), new FontIcon(icon));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }


    // Dialogs

    private Window window() {
        return view == null || view.getScene() == null ? null : view.getScene().getWindow();
    }

    /** True when there is nothing unsaved, or the user agrees to drop it. */
    private boolean confirmDiscard() {
        if (!model.dirtyProperty().get()) {
            return true;
        }
        String name = model.titleProperty().get() == null || model.titleProperty().get().isBlank()
                ? messages.tr("scripts.editor.new") : model.titleProperty().get();
        return Dialogs.confirm(window(), messages, "scripts.discard.title", messages.tr("scripts.discard.text", name));
    }

    private void chooseImport() {
        FileChooser chooser = chooser("scripts.chooser.import");
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            model.importFile(file.toPath());
        }
    }

    private void chooseExport() {
        FileChooser chooser = chooser("scripts.chooser.export");
        chooser.setInitialFileName("afterdesk-scripts.csv");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            model.exportFile(file.toPath());
        }
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.tr(titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.tr("scripts.chooser.files"), "*.json", "*.csv"),
                new FileChooser.ExtensionFilter(messages.tr("scripts.chooser.csv"), "*.csv"),
                new FileChooser.ExtensionFilter(messages.tr("scripts.chooser.json"), "*.json"));
        return chooser;
    }

    private void showImportFailure(ScriptsViewModel.ImportFailure failure, Window owner) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(messages.tr("app.name"));
        alert.setHeaderText(messages.tr("scripts.import.errorTitle"));
        Label summary = new Label(failure.summary());
        summary.setWrapText(true);
        summary.setId("importErrorSummary");
        ListView<String> problems = new ListView<>();
        problems.getItems().setAll(failure.problems());
        problems.setId("importProblems");
        problems.setPrefHeight(Math.min(320, 28 * failure.problems().size() + 8));
        problems.setPrefWidth(560);
        alert.getDialogPane().setContent(new VBox(8, summary, problems));
        alert.getDialogPane().setId("importErrorDialog");
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setOnHidden(e -> model.clearImportFailure());
        alert.show();
    }
}
