package com.afterdesk.scripts.ui;

import com.afterdesk.common.Messages;
import com.afterdesk.common.TaskRunner;
import com.afterdesk.common.UserException;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Stage;
import com.afterdesk.scripts.ImportReport;
import com.afterdesk.scripts.Placeholders;
import com.afterdesk.scripts.Script;
import com.afterdesk.scripts.ScriptFileException;
import com.afterdesk.scripts.ScriptFilter;
import com.afterdesk.scripts.ScriptLibrary;
import com.afterdesk.scripts.ScriptUsage;
import com.afterdesk.scripts.UndoEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The script screen's state and commands: the category list with counts, the stage filter, the searchable
 * list, the editor with its validation, usage statistics, undo, import and export. Knows no controls; all
 * library work runs through the {@link TaskRunner}.
 */
public final class ScriptsViewModel {

    /** An entry of the category list: everything, the general scripts, or one category; with its count. */
    public record Group(ScriptFilter.Scope scope, Category category, String label, int count) {
        ScriptFilter filter() {
            return switch (scope) {
                case ALL -> ScriptFilter.everything();
                case GENERAL -> ScriptFilter.general();
                case CATEGORY -> ScriptFilter.of(category);
            };
        }

        boolean sameAs(Group other) {
            return other != null && scope == other.scope && category == other.category;
        }
    }

    /** An entry of the stage filter (stage null = every stage), with the count in the selected group. */
    public record StageItem(Stage stage, String label, int count) {
    }

    /** A row of the script list. */
    public record Row(Script script, String title, String details, int timesUsed) {
    }

    /** A category choice in the editor (category null = general, fits any category). */
    public record CategoryChoice(Category category, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A placeholder used in the text; unknown ones will never be filled automatically. */
    public record PlaceholderItem(String name, boolean known) {
    }

    /** An import that was refused: the summary and every problem with its line. */
    public record ImportFailure(String summary, List<String> problems) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ScriptLibrary library;
    private final TaskRunner runner;
    private final Messages messages;
    private final Clock clock;

    // Properties
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ObjectProperty<Group> selectedGroup = new SimpleObjectProperty<>();
    private final ObservableList<StageItem> stages = FXCollections.observableArrayList();
    private final ObjectProperty<StageItem> selectedStage = new SimpleObjectProperty<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Script> editing = new ReadOnlyObjectWrapper<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final ObjectProperty<CategoryChoice> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.SOOTHE);
    private final ObjectProperty<Script.Variant> variant = new SimpleObjectProperty<>(Script.Variant.WARM);
    private final ObservableList<CategoryChoice> categoryChoices = FXCollections.observableArrayList();
    private final ObservableList<PlaceholderItem> placeholders = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper usage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ImportFailure> importFailure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private List<Script> all = List.of();
    private Map<String, ScriptUsage> usageById = Map.of();
    private long listRequest;
    private boolean loadingEditor;
    private boolean adjustingStages;

    public ScriptsViewModel(ScriptLibrary library, TaskRunner runner, Messages messages, Clock clock) {
        this.library = library;
        this.runner = runner;
        this.messages = messages;
        this.clock = clock;
        categoryChoices.add(new CategoryChoice(null, messages.tr("scripts.general")));
        for (Category c : Category.values()) {
            categoryChoices.add(new CategoryChoice(c, messages.tr(c.labelKey())));
        }
        category.set(categoryChoices.get(0));
        selectedGroup.addListener((obs, old, g) -> {
            if (g != null && !g.sameAs(old)) {
                updateStages(false);
                reloadList();
            }
        });
        selectedStage.addListener((obs, old, s) -> {
            if (!adjustingStages && s != null && (old == null || s.stage() != old.stage())) {
                reloadList();
            }
        });
        query.addListener((obs, old, q) -> reloadList());
        for (var p : List.of(title, text, code, tags)) {
            p.addListener((obs, old, v) -> edited());
        }
        category.addListener((obs, old, v) -> edited());
        stage.addListener((obs, old, v) -> edited());
        variant.addListener((obs, old, v) -> edited());
        newScript();
    }

    // Commands

    /** Reloads everything from the library (first show, another process changed it, after a change here). */
    public void refresh() {
        ScriptFilter filter = currentFilter();
        long request = ++listRequest;
        runner.run(messages.tr("scripts.status.loading"), p -> new Loaded(library.all(), library.find(filter),
                library.usage(), library.undoHistory()), loaded -> {
                    all = loaded.all;
                    usageById = loaded.usage;
                    updateGroups();
                    updateStages(true);
                    if (request == listRequest) {
                        setRows(loaded.found);
                    }
                    updateUndo(loaded.history);
                    reloadEditorIfUntouched();
                }, this::failed);
    }

    private record Loaded(List<Script> all, List<Script> found, Map<String, ScriptUsage> usage,
                          List<UndoEntry> history) {
    }

    /** Shows a script in the editor. Unsaved edits of the previous one are dropped (the view asks first). */
    public void select(Script script) {
        if (script == null) {
            return;
        }
        editing.set(script);
        loadingEditor = true;
        title.set(script.title());
        text.set(script.text());
        code.set(script.code() == null ? "" : script.code());
        tags.set(String.join(", ", script.tags()));
        category.set(choiceOf(script.category()));
        stage.set(script.stage());
        variant.set(script.variant());
        loadingEditor = false;
        dirty.set(false);
        validation.set("");
        updateDerived();
    }

    /** Starts a new script in the selected category and stage. */
    public void newScript() {
        editing.set(null);
        loadingEditor = true;
        title.set("");
        text.set("");
        code.set("");
        tags.set("");
        Group g = selectedGroup.get();
        category.set(choiceOf(g != null && g.scope() == ScriptFilter.Scope.CATEGORY ? g.category() : null));
        StageItem s = selectedStage.get();
        stage.set(s != null && s.stage() != null ? s.stage() : Stage.SOOTHE);
        variant.set(Script.Variant.WARM);
        loadingEditor = false;
        dirty.set(false);
        validation.set("");
        updateDerived();
    }

    /** Saves the editor: a new script is created, an existing one updated. */
    public void save() {
        Script draft = draft();
        Script current = editing.get();
        try {
            ScriptLibrary.validate(ScriptLibrary.normalize(draft));
        } catch (UserException e) {
            validation.set(messages.describe(e));
            return;
        }
        runner.run(messages.tr("scripts.status.saving"),
                p -> current == null ? library.create(draft) : library.update(draft), saved -> {
                    select(saved);
                    status.set(messages.tr("scripts.status.saved", saved.title()));
                    refresh();
                }, e -> validation.set(describe(e)));
    }

    /** Copies the script in the editor; the copy is opened for editing. */
    public void duplicate() {
        Script current = editing.get();
        if (current == null) {
            return;
        }
        String copyTitle = messages.tr("scripts.copyTitle", current.title());
        runner.run(messages.tr("scripts.status.saving"), p -> library.duplicate(current.id(), copyTitle), copy -> {
            select(copy);
            status.set(messages.tr("scripts.status.duplicated", current.title()));
            refresh();
        }, this::failed);
    }

    /** Deletes the script in the editor (undo brings it back). */
    public void delete() {
        Script current = editing.get();
        if (current == null) {
            return;
        }
        runner.run(messages.tr("scripts.status.saving"), p -> {
            library.delete(current.id());
            return current;
        }, deleted -> {
            newScript();
            status.set(messages.tr("scripts.status.deleted", deleted.title()));
            refresh();
        }, this::failed);
    }

    /** Undoes the newest change of the library. */
    public void undo() {
        String editingId = editing.get() == null ? null : editing.get().id();
        runner.run(messages.tr("scripts.status.saving"), p -> {
            Optional<UndoEntry> done = library.undo();
            return new Undone(done, editingId == null ? Optional.empty() : library.byId(editingId));
        }, undone -> {
            if (undone.entry.isEmpty()) {
                status.set(messages.tr("scripts.status.nothingToUndo"));
            } else {
                status.set(messages.tr("scripts.status.undone", describe(undone.entry.get())));
                if (editingId != null) {
                    undone.script.ifPresentOrElse(this::select, this::newScript);
                }
            }
            refresh();
        }, this::failed);
    }

    private record Undone(Optional<UndoEntry> entry, Optional<Script> script) {
    }

    /** Imports a JSON or CSV file; a refused file sets {@link #importFailureProperty()} and changes nothing. */
    public void importFile(Path file) {
        importFailure.set(null);
        runner.run(messages.tr("scripts.status.importing"), p -> library.importFile(file, false), report -> {
            status.set(describe(report, file));
            refresh();
        }, e -> {
            if (e instanceof ScriptFileException sfe) {
                List<String> lines = new ArrayList<>();
                sfe.problems().forEach(pr -> lines.add(ScriptFileException.line(messages, pr)));
                importFailure.set(new ImportFailure(messages.tr("scripts.import.rejected", file.getFileName(),
                        sfe.problems().size()), lines));
            } else {
                failed(e);
            }
        });
    }

    /** Exports the whole library to a JSON or CSV file. */
    public void exportFile(Path file) {
        runner.run(messages.tr("scripts.status.exporting"), p -> library.exportFile(file),
                n -> status.set(messages.tr("scripts.status.exported", n, file)), this::failed);
    }

    /** Forgets the shown import failure (the dialog was closed). */
    public void clearImportFailure() {
        importFailure.set(null);
    }

    public void clearError() {
        error.set("");
    }

    // Derived state

    private void failed(Throwable e) {
        error.set(describe(e));
    }

    /** The user's words for a failure: the message of a {@link UserException}, else a generic text. */
    private String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UserException ue) {
                return messages.describe(ue);
            }
        }
        return messages.tr("common.error.unexpected", String.valueOf(failure));
    }

    private String describe(ImportReport r, Path file) {
        return messages.tr("scripts.status.imported", r.imported(), r.added(), r.replaced(), r.skipped(),
                file.getFileName());
    }

    private String describe(UndoEntry e) {
        String key = "scripts.undo." + e.operation().name();
        return messages.tr(key, e.label(), e.scripts());
    }

    private static String variantKey(Script.Variant v) {
        return "scripts.variant." + v.name();
    }

    private ScriptFilter currentFilter() {
        Group g = selectedGroup.get();
        ScriptFilter f = g == null ? ScriptFilter.everything() : g.filter();
        StageItem s = selectedStage.get();
        return f.withStage(s == null ? null : s.stage()).withQuery(query.get());
    }

    private void reloadList() {
        ScriptFilter filter = currentFilter();
        long request = ++listRequest;
        runner.run(messages.tr("scripts.status.searching"), p -> library.find(filter), found -> {
            if (request == listRequest) {
                setRows(found);
            }
        }, this::failed);
    }

    private void setRows(List<Script> found) {
        List<Row> list = new ArrayList<>(found.size());
        for (Script s : found) {
            ScriptUsage u = usageById.getOrDefault(s.id(), ScriptUsage.NONE);
            String details = String.join(" · ", categoryLabel(s.category()), messages.tr(s.stage().labelKey()),
                    messages.tr(variantKey(s.variant())))
                    + (s.code() == null ? "" : " · " + s.code())
                    + " · " + messages.tr("scripts.row.used", u.timesUsed());
            list.add(new Row(s, s.title(), details, u.timesUsed()));
        }
        rows.setAll(list);
    }

    private void updateGroups() {
        Group selected = selectedGroup.get();
        List<Group> list = new ArrayList<>();
        list.add(new Group(ScriptFilter.Scope.ALL, null, messages.tr("scripts.all"), all.size()));
        list.add(new Group(ScriptFilter.Scope.GENERAL, null, messages.tr("scripts.general"),
                (int) all.stream().filter(Script::isGeneral).count()));
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        all.stream().filter(s -> !s.isGeneral()).forEach(s -> counts.merge(s.category(), 1, Integer::sum));
        for (Category c : Category.values()) {
            list.add(new Group(ScriptFilter.Scope.CATEGORY, c, messages.tr(c.labelKey()), counts.getOrDefault(c, 0)));
        }
        groups.setAll(list);
        Group again = list.stream().filter(g -> g.sameAs(selected)).findFirst().orElse(list.get(0));
        if (selected == null || !again.equals(selected)) {
            selectedGroup.set(again);
        }
    }

    /** Recounts the stage filter for the selected group; keeps the chosen stage or goes back to all stages. */
    private void updateStages(boolean keep) {
        Group g = selectedGroup.get();
        ScriptFilter f = g == null ? ScriptFilter.everything() : g.filter();
        Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
        int total = 0;
        for (Script s : all) {
            if (f.contains(s)) {
                counts.merge(s.stage(), 1, Integer::sum);
                total++;
            }
        }
        StageItem selected = keep ? selectedStage.get() : null;
        List<StageItem> list = new ArrayList<>();
        list.add(new StageItem(null, messages.tr("scripts.allStages"), total));
        for (Stage s : Stage.values()) {
            list.add(new StageItem(s, messages.tr(s.labelKey()), counts.getOrDefault(s, 0)));
        }
        StageItem again = list.stream().filter(i -> selected != null && i.stage() == selected.stage()).findFirst()
                .orElse(list.get(0));
        adjustingStages = true;
        try {
            stages.setAll(list);
            selectedStage.set(again);
        } finally {
            adjustingStages = false;
        }
    }

    private void updateUndo(List<UndoEntry> history) {
        canUndo.set(!history.isEmpty());
        undoLabel.set(history.isEmpty() ? "" : messages.tr("scripts.undo.next", describe(history.get(0))));
    }

    private void reloadEditorIfUntouched() {
        Script current = editing.get();
        if (current == null || dirty.get()) {
            updateDerived();
            return;
        }
        all.stream().filter(s -> s.id().equals(current.id())).findFirst()
                .ifPresentOrElse(s -> {
                    if (!s.equals(current)) {
                        select(s);
                    } else {
                        updateDerived();
                    }
                }, this::newScript);
    }

    private void edited() {
        if (loadingEditor) {
            return;
        }
        dirty.set(true);
        updateDerived();
    }

    /** Placeholders, live validation and usage of what the editor shows. */
    private void updateDerived() {
        List<PlaceholderItem> items = new ArrayList<>();
        Placeholders.find(text.get() == null ? "" : text.get()).stream().map(Placeholders.Span::name).distinct()
                .forEach(n -> items.add(new PlaceholderItem(n, Placeholders.KNOWN.contains(n))));
        placeholders.setAll(items);
        validation.set(liveProblem());
        Script current = editing.get();
        if (current == null) {
            usage.set(messages.tr("scripts.usage.new"));
        } else {
            ScriptUsage u = usageById.getOrDefault(current.id(), ScriptUsage.NONE);
            usage.set(u.timesUsed() == 0 ? messages.tr("scripts.usage.never")
                    : messages.tr("scripts.usage.summary", u.timesUsed(),
                    WHEN.withZone(clock.getZone()).format(u.lastUsed()),
                    Math.round(u.editedShare() * 100), Math.round(u.averageEditRatio() * 100)));
        }
    }

    /** What would stop a save, said while typing: empty text, malformed or taken short code, unknown placeholders. */
    private String liveProblem() {
        if (!dirty.get()) {
            return "";
        }
        if (text.get() == null || text.get().isBlank()) {
            return messages.tr("scripts.error.emptyText");
        }
        if (text.get().strip().length() > ScriptLibrary.MAX_TEXT) {
            return messages.tr("scripts.error.textTooLong", ScriptLibrary.MAX_TEXT, text.get().strip().length());
        }
        String c = code.get() == null ? "" : code.get().strip();
        if (!c.isEmpty()) {
            String normal = ScriptLibrary.normalizeCode(c);
            if (normal == null) {
                return messages.tr("scripts.error.codeFormat", c);
            }
            String id = editing.get() == null ? "" : editing.get().id();
            Optional<Script> owner = all.stream().filter(s -> normal.equals(s.code()) && !s.id().equals(id)).findFirst();
            if (owner.isPresent()) {
                return messages.tr("scripts.error.codeTaken", normal, owner.get().title());
            }
        }
        List<String> unknown = placeholders.stream().filter(p -> !p.known()).map(p -> "{" + p.name() + "}").toList();
        if (!unknown.isEmpty()) {
            return messages.tr("scripts.warning.unknownPlaceholder", String.join(" ", unknown));
        }
        return "";
    }

    private Script draft() {
        Script current = editing.get();
        CategoryChoice choice = category.get();
        List<String> tagList = Arrays.stream((tags.get() == null ? "" : tags.get()).split("[,，、;；\\s]+"))
                .filter(t -> !t.isBlank()).toList();
        String c = code.get() == null || code.get().isBlank() ? null : code.get();
        return new Script(current == null ? "" : current.id(), choice == null ? null : choice.category(),
                stage.get(), variant.get(), current == null ? Set.of() : current.platforms(),
                current == null ? Set.of() : current.emotions(), c, tagList, title.get(),
                text.get() == null ? "" : text.get());
    }

    private CategoryChoice choiceOf(Category c) {
        return categoryChoices.stream().filter(ch -> ch.category() == c).findFirst().orElseThrow();
    }

    private String categoryLabel(Category c) {
        return c == null ? messages.tr("scripts.general") : messages.tr(c.labelKey());
    }

    // Property accessors

    public ObservableList<Group> groups() {
        return groups;
    }

    public ObjectProperty<Group> selectedGroupProperty() {
        return selectedGroup;
    }

    public ObservableList<StageItem> stages() {
        return stages;
    }

    public ObjectProperty<StageItem> selectedStageProperty() {
        return selectedStage;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Script> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public ObjectProperty<CategoryChoice> categoryProperty() {
        return category;
    }

    public ObservableList<CategoryChoice> categoryChoices() {
        return categoryChoices;
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public ObjectProperty<Script.Variant> variantProperty() {
        return variant;
    }

    public ObservableList<PlaceholderItem> placeholders() {
        return placeholders;
    }

    public ReadOnlyStringProperty validationProperty() {
        return validation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty usageProperty() {
        return usage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportFailure> importFailureProperty() {
        return importFailure.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Display name of a stage or variant for the editor's choices. */
    public String label(Object value) {
        if (value instanceof Stage s) {
            return messages.tr(s.labelKey());
        }
        if (value instanceof Script.Variant v) {
            return messages.tr(variantKey(v));
        }
        return String.valueOf(value);
    }
}
