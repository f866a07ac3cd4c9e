package com.afterdesk.cases.ui;

import com.afterdesk.cases.CaseDetail;
import com.afterdesk.cases.CaseRecord;
import com.afterdesk.cases.EvidenceFile;
import com.afterdesk.cases.EvidenceItem;
import com.afterdesk.cases.FollowUp;
import com.afterdesk.cases.HistoryEntry;
import com.afterdesk.common.Messages;
import com.afterdesk.deadlines.CaseClock;
import com.afterdesk.deadlines.CaseEvent;
import com.afterdesk.deadlines.ClockSource;
import com.afterdesk.deadlines.Countdown;
import com.afterdesk.deadlines.UrgencyPolicy;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignZ;

/**
 * The case view beside the log: state, running clocks with live countdowns, the events the state allows, the
 * platform's exact timeout, pause/resume, notes, evidence, follow-ups and the append-only history.
 */
final class CaseDetailPane {

    private final CaseDetailViewModel model;
    private final ObservableValue<Instant> now;
    private final Messages messages;
    private final CaseTexts texts;
    private final Consumer<String> opener;
    private final ObservableValue<UrgencyPolicy> policy;
    private final VBox content = new VBox(12);
    private final ScrollPane scroll = new ScrollPane(content);
    /** Countdown labels of the shown case, repainted by the one ticker listener below. */
    private final List<Runnable> painters = new ArrayList<>();
    private final InvalidationListener onTick = o -> painters.forEach(Runnable::run);

    CaseDetailPane(CaseDetailViewModel model, ObservableValue<Instant> now, ObservableValue<UrgencyPolicy> policy,
                   Messages messages, Consumer<String> opener) {
        this.policy = policy;
        this.model = model;
        this.now = now;
        this.messages = messages;
        this.texts = model.texts();
        this.opener = opener;
        content.setPadding(new Insets(12));
        content.getStyleClass().add("case-detail");
        scroll.setId("caseDetail");
        scroll.setFitToWidth(true);
        now.addListener(onTick);
        model.detailProperty().addListener((obs, old, d) -> rebuild(d));
        rebuild(null);
    }

    Node view() {
        return scroll;
    }

    private void rebuild(CaseDetail d) {
        painters.clear();
        content.getChildren().clear();
        if (d == null) {
            Label empty = new Label(messages.tr("cases.ui.detail.empty"));
            empty.getStyleClass().add("text-muted");
            empty.setWrapText(true);
            content.getChildren().add(empty);
            return;
        }
        content.getChildren().addAll(header(d), feedback(), clocks(d), events(d), new Separator(), handling(d), notes(),
                evidence(d), followUps(d), history(d));
    }

    private Node header(CaseDetail d) {
        CaseRecord r = d.record();
        Label title = new Label(messages.tr("cases.ui.detail.title", r.orderNo(), messages.tr(r.platform().labelKey())));
        title.setId("detailTitle");
        title.getStyleClass().add("detail-title");
        Label state = new Label(messages.tr(r.state().labelKey()));
        state.setId("detailState");
        state.getStyleClass().addAll("state-badge", "state-" + r.state().name().toLowerCase(java.util.Locale.ROOT));
        HBox top = new HBox(10, title, state);
        top.setAlignment(Pos.CENTER_LEFT);
        GridPane facts = new GridPane();
        facts.setHgap(10);
        facts.setVgap(2);
        int i = 0;
        i = fact(facts, i, "cases.field.buyer", r.buyerNick());
        i = fact(facts, i, "cases.field.product", r.product());
        i = fact(facts, i, "cases.ui.col.amount", texts.money(r.amountFen()) + "  "
                + messages.tr("cases.ui.detail.postage", texts.money(r.postageFen())));
        i = fact(facts, i, "cases.field.type", texts.type(r.type(), r.shipped()));
        fact(facts, i, "cases.field.opened", texts.time(r.openedAt()));
        return new VBox(6, top, facts);
    }

    private int fact(GridPane grid, int row, String key, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label k = new Label(messages.tr(key));
        k.getStyleClass().add("text-muted");
        Label v = new Label(value);
        v.setWrapText(true);
        grid.addRow(row, k, v);
        return row + 1;
    }

    private Node feedback() {
        Label error = NewCaseDialog.errorLabel("detailError", model.errorProperty());
        error.getStyleClass().add("detail-error");
        Label status = new Label();
        status.setId("detailStatus");
        status.getStyleClass().add("detail-status");
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        return new VBox(4, error, status);
    }

    private Node clocks(CaseDetail d) {
        VBox box = new VBox(6, heading("cases.ui.detail.clocks"));
        List<CaseClock> running = d.runningClocks();
        if (running.isEmpty()) {
            Label none = new Label(messages.tr("cases.ui.detail.noClock"));
            none.setId("detailNoClock");
            none.getStyleClass().add("text-muted");
            box.getChildren().add(none);
        }
        int index = 0;
        for (CaseClock k : running) {
            Label what = new Label(texts.label(k.kind().labelKey()) + " · " + texts.label(k.actor().labelKey()));
            what.getStyleClass().add("clock-kind");
            Label countdown = new Label();
            countdown.setId("clockCountdown-" + index);
            countdown.getStyleClass().add("clock-countdown");
            Runnable paint = () -> {
                Instant at = now.getValue();
                countdown.setText(texts.countdown(k, at));
                countdown.getStyleClass().removeIf(s -> s.startsWith("urgency-"));
                countdown.getStyleClass().add(CaseTexts.styleClass(policy.getValue().of(k, at)));
            };
            paint.run();
            painters.add(paint);
            Label due = new Label(messages.tr("cases.ui.detail.due", Countdown.dueText(k.dueAt(), texts.zone()),
                    texts.label(k.onTimeout().labelKey())));
            Label source = new Label(texts.label(k.source().labelKey()) + (k.paused()
                    ? " · " + messages.tr("cases.ui.detail.pausedSince", texts.time(k.pausedAt())) : ""));
            source.setId("clockSource-" + index);
            source.getStyleClass().add(k.source() == ClockSource.PLATFORM ? "source-platform" : "source-rule");
            if (k.computedDue() != null && k.source() == ClockSource.PLATFORM) {
                source.setTooltip(new Tooltip(messages.tr("cases.ui.detail.computed",
                        Countdown.dueText(k.computedDue(), texts.zone()))));
            }
            HBox line = new HBox(10, what, countdown);
            line.setAlignment(Pos.CENTER_LEFT);
            VBox one = new VBox(2, line, due, source);
            one.getStyleClass().add("clock-box");
            box.getChildren().add(one);
            index++;
        }
        // the platform's exact timeout, pause / resume
        TextField platformDue = new TextField();
        platformDue.setId("platformDue");
        platformDue.setPromptText(messages.tr("cases.ui.time.prompt"));
        platformDue.textProperty().bindBidirectional(model.platformDueProperty());
        platformDue.setOnAction(e -> model.setPlatformDue());
        Button set = new Button(messages.tr("cases.ui.detail.setPlatformDue"));
        set.setId("setPlatformDue");
        set.setOnAction(e -> model.setPlatformDue());
        set.setTooltip(new Tooltip(messages.tr("cases.ui.detail.setPlatformDueTip")));
        HBox.setHgrow(platformDue, Priority.ALWAYS);
        HBox due = new HBox(6, platformDue, set);
        due.setAlignment(Pos.CENTER_LEFT);
        boolean anyPaused = running.stream().anyMatch(CaseClock::paused);
        boolean anyRunning = running.stream().anyMatch(k -> !k.paused());
        Button pause = new Button(messages.tr("cases.ui.detail.pause"), new FontIcon(MaterialDesignP.PAUSE));
        pause.setId("pauseClocks");
        pause.setDisable(!anyRunning);
        pause.setOnAction(e -> model.pause());
        Button resume = new Button(messages.tr("cases.ui.detail.resume"), new FontIcon(MaterialDesignP.PLAY));
        resume.setId("resumeClocks");
        resume.setDisable(!anyPaused);
        resume.setOnAction(e -> model.resume());
        box.getChildren().addAll(due, new HBox(6, pause, resume));
        return box;
    }

    private Node events(CaseDetail d) {
        VBox box = new VBox(6, heading("cases.ui.detail.events"));
        TextField when = new TextField();
        when.setId("eventTime");
        when.setPromptText(messages.tr("cases.ui.detail.eventTimePrompt"));
        when.textProperty().bindBidirectional(model.eventTimeProperty());
        FlowPane buttons = new FlowPane(6, 6);
        for (CaseEvent event : CaseEvent.values()) {
            if (!d.allowedEvents().contains(event)) {
                continue;
            }
            Button b = new Button(texts.label(event.labelKey()));
            b.setId("event-" + event.name());
            b.setOnAction(e -> model.applyEvent(event));
            buttons.getChildren().add(b);
        }
        if (buttons.getChildren().isEmpty()) {
            Label none = new Label(messages.tr("cases.ui.detail.noEvents"));
            none.getStyleClass().add("text-muted");
            buttons.getChildren().add(none);
        }
        box.getChildren().addAll(when, buttons);
        return box;
    }

    /**
     * What the agent decides about the case: the category (correcting the classifier), the buyer's emotion, the
     * remedy offered and accepted, and the outcome once the case is finished. A choice is saved at once.
     */
    private Node handling(CaseDetail d) {
        CaseRecord r = d.record();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        // the labels keep their width; the choices (and the wrapping chips) take the rest
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, values);
        int row = 0;
        row = choice(grid, row, "caseCategory", "cases.field.category",
                java.util.Arrays.asList(com.afterdesk.domain.Category.values()), r.category(),
                c -> texts.label(c.labelKey()), model::setCategory, true);
        row = secondary(grid, row);
        row = choice(grid, row, "caseEmotion", "cases.field.emotion",
                java.util.Arrays.asList(com.afterdesk.domain.Emotion.values()), r.emotion(),
                e -> texts.label(e.labelKey()), model::setEmotion, true);
        row = choice(grid, row, "caseRemedyOffered", "cases.field.remedyOffered",
                java.util.Arrays.asList(com.afterdesk.domain.Remedy.values()), r.remedyOffered(),
                x -> texts.label(x.labelKey()), model::setRemedyOffered, true);
        row = choice(grid, row, "caseRemedyAccepted", "cases.field.remedyAccepted",
                java.util.Arrays.asList(com.afterdesk.domain.Remedy.values()), r.remedyAccepted(),
                x -> texts.label(x.labelKey()), model::setRemedyAccepted, true);
        choice(grid, row, "caseOutcome", "cases.field.outcome",
                java.util.Arrays.asList(com.afterdesk.deadlines.Outcome.values()), r.outcome(),
                o -> texts.label(o.labelKey()), model::setOutcome, r.state().isFinal());
        return new VBox(6, heading("cases.ui.detail.handling"), grid);
    }

    /**
     * "Also concerns": the case's secondary categories as chips, each removable, and a menu that adds one. The
     * evidence checklist below follows the change.
     */
    private int secondary(GridPane grid, int row) {
        FlowPane chips = new FlowPane(6, 6);
        chips.setId("caseSecondary");
        chips.setAlignment(Pos.CENTER_LEFT);
        chips.setPrefWrapLength(200); // a FlowPane asks for 400 px by default, which squeezes the label column
        for (com.afterdesk.domain.Category c : model.secondaryCategories()) {
            Label name = new Label(texts.label(c.labelKey()));
            Button remove = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
            remove.setId("secondaryRemove-" + c.name());
            remove.getStyleClass().addAll("flat", "secondary-remove");
            remove.setTooltip(new Tooltip(messages.tr("cases.ui.detail.secondaryRemove", name.getText())));
            remove.setOnAction(e -> model.removeSecondary(c));
            HBox chip = new HBox(2, name, remove);
            chip.setId("secondary-" + c.name());
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("secondary-chip");
            chips.getChildren().add(chip);
        }
        if (model.secondaryCategories().isEmpty()) {
            Label none = new Label(messages.tr("cases.ui.detail.secondaryNone"));
            none.setId("secondaryNone");
            none.getStyleClass().add("text-muted");
            chips.getChildren().add(none);
        }
        MenuButton add = new MenuButton(messages.tr("cases.ui.detail.secondaryAdd"),
                new FontIcon(MaterialDesignP.PLUS));
        add.setId("secondaryAdd");
        add.getStyleClass().add("flat");
        add.setTooltip(new Tooltip(messages.tr("cases.ui.detail.secondaryAddTip")));
        for (com.afterdesk.domain.Category c : model.addableSecondaryCategories()) {
            MenuItem item = new MenuItem(texts.label(c.labelKey()));
            item.setId("secondaryAdd-" + c.name());
            item.setOnAction(e -> model.addSecondary(c));
            add.getItems().add(item);
        }
        add.setDisable(add.getItems().isEmpty());
        chips.getChildren().add(add);
        Label k = new Label(messages.tr("cases.field.secondary"));
        k.getStyleClass().add("text-muted");
        grid.addRow(row, k, chips);
        GridPane.setHgrow(chips, Priority.ALWAYS);
        return row + 1;
    }

    private <T> int choice(GridPane grid, int row, String id, String labelKey, java.util.List<T> values, T current,
                           java.util.function.Function<T, String> label, java.util.function.Consumer<T> onPick,
                           boolean enabled) {
        javafx.scene.control.ComboBox<T> box = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(values));
        box.setId(id);
        box.setConverter(com.afterdesk.common.ui.Labels.converter(label));
        box.setPromptText(messages.tr(enabled ? "cases.ui.detail.unset" : "cases.ui.detail.outcomeLater"));
        box.setValue(current);
        box.setDisable(!enabled);
        box.setMaxWidth(Double.MAX_VALUE);
        // attached after the current value is shown, so only the agent's pick saves
        box.valueProperty().addListener((obs, old, picked) -> {
            if (picked != null && !picked.equals(current)) {
                onPick.accept(picked);
            }
        });
        Label k = new Label(messages.tr(labelKey));
        k.getStyleClass().add("text-muted");
        grid.addRow(row, k, box);
        javafx.scene.layout.GridPane.setHgrow(box, javafx.scene.layout.Priority.ALWAYS);
        return row + 1;
    }

    private Node notes() {
        TextArea notes = new TextArea();
        notes.setId("caseNotes");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.textProperty().bindBidirectional(model.notesProperty());
        Button save = new Button(messages.tr("cases.ui.detail.saveNotes"));
        save.setId("saveNotes");
        save.setOnAction(e -> model.saveNotes());
        return new VBox(6, heading("cases.field.notes"), notes, save);
    }

    private Node evidence(CaseDetail d) {
        VBox box = new VBox(6, heading("cases.ui.detail.evidence"));
        for (EvidenceItem item : d.evidence()) {
            CheckBox check = new CheckBox(texts.label(item.labelKey()));
            check.setId("evidence-" + item.key());
            check.setSelected(item.checked());
            check.setOnAction(e -> model.checkEvidence(item.key(), check.isSelected()));
            box.getChildren().add(check);
        }
        if (d.evidence().isEmpty()) {
            Label none = new Label(messages.tr("cases.ui.detail.noChecklist"));
            none.getStyleClass().add("text-muted");
            box.getChildren().add(none);
        }
        for (EvidenceFile f : d.files()) {
            Hyperlink link = new Hyperlink(f.fileName() + (f.item() == null ? "" : "  · "
                    + texts.label("cases.evidence." + f.item())));
            link.setId("evidenceFile-" + f.id());
            link.setOnAction(e -> opener.accept(f.path().toUri().toString()));
            link.setTooltip(new Tooltip(messages.tr("cases.ui.detail.openFile", f.path().toString())));
            box.getChildren().add(link);
        }
        Button add = new Button(messages.tr("cases.ui.detail.addFile"), new FontIcon(MaterialDesignP.PAPERCLIP));
        add.setId("addEvidenceFile");
        add.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.tr("cases.ui.detail.addFile"));
            File file = chooser.showOpenDialog(window());
            if (file != null) {
                model.attachFile(file.toPath(), null);
            }
        });
        Button zip = new Button(messages.tr("cases.ui.detail.exportZip"), new FontIcon(MaterialDesignZ.ZIP_BOX_OUTLINE));
        zip.setId("exportZip");
        zip.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.tr("cases.ui.detail.exportZip"));
            chooser.setInitialFileName("dispute-" + d.record().orderNo() + ".zip");
            File file = chooser.showSaveDialog(window());
            if (file != null) {
                model.exportPackage(file.toPath(), true);
            }
        });
        Button folder = new Button(messages.tr("cases.ui.detail.exportFolder"),
                new FontIcon(MaterialDesignF.FOLDER_OUTLINE));
        folder.setId("exportFolder");
        folder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.tr("cases.ui.detail.exportFolder"));
            File dir = chooser.showDialog(window());
            if (dir != null) {
                model.exportPackage(dir.toPath().resolve("dispute-" + d.record().orderNo()), false);
            }
        });
        FlowPane actions = new FlowPane(6, 6, add, zip, folder);
        box.getChildren().add(actions);
        return box;
    }

    private Node followUps(CaseDetail d) {
        VBox box = new VBox(6, heading("cases.ui.detail.followUps"));
        for (FollowUp f : d.followUps()) {
            String what = f.note() == null || f.note().isBlank() ? texts.label(f.reason().labelKey()) : f.note();
            Label text = new Label(texts.time(f.dueAt()) + "  " + what);
            text.setWrapText(true);
            text.setId("followUp-" + f.id());
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox line = new HBox(6, text, gap);
            line.setAlignment(Pos.CENTER_LEFT);
            if (f.open()) {
                Button done = new Button(null, new FontIcon(MaterialDesignC.CHECK));
                done.setId("followUpDone-" + f.id());
                done.setTooltip(new Tooltip(messages.tr("cases.ui.followUp.done")));
                done.setOnAction(e -> model.completeFollowUp(f.id()));
                Button hour = new Button(messages.tr("cases.ui.followUp.snoozeHour"));
                hour.setId("followUpSnooze-" + f.id());
                hour.setOnAction(e -> model.snoozeFollowUp(f.id(), Duration.ofHours(1)));
                Button day = new Button(messages.tr("cases.ui.followUp.snoozeDay"));
                day.setId("followUpSnoozeDay-" + f.id());
                day.setOnAction(e -> model.snoozeFollowUp(f.id(), Duration.ofDays(1)));
                line.getChildren().addAll(done, hour, day);
            } else {
                text.getStyleClass().add("follow-up-done");
            }
            box.getChildren().add(line);
        }
        TextField due = new TextField();
        due.setId("followUpDue");
        due.setPromptText(messages.tr("cases.ui.time.prompt"));
        due.textProperty().bindBidirectional(model.followUpDueProperty());
        TextField note = new TextField();
        note.setId("followUpNote");
        note.setPromptText(messages.tr("cases.ui.followUp.notePrompt"));
        note.textProperty().bindBidirectional(model.followUpNoteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button add = new Button(messages.tr("cases.ui.followUp.add"));
        add.setId("addFollowUp");
        add.setOnAction(e -> model.addFollowUp());
        note.setOnAction(e -> model.addFollowUp());
        box.getChildren().add(new HBox(6, due, note, add));
        return box;
    }

    private Node history(CaseDetail d) {
        VBox list = new VBox(2);
        list.setId("caseHistory");
        for (int i = d.history().size() - 1; i >= 0; i--) {
            HistoryEntry h = d.history().get(i);
            Label line = new Label(historyText(h));
            line.setWrapText(true);
            line.getStyleClass().add("history-line");
            if (h.details() != null && !h.details().isBlank()) {
                line.setTooltip(new Tooltip(h.details()));
            }
            list.getChildren().add(line);
        }
        return new VBox(6, heading("cases.ui.detail.history"), list);
    }

    /** "11-24 16:00 · 客服 · 卖家同意 · 已申请 → 待买家退货". */
    String historyText(HistoryEntry h) {
        CaseEvent event = CaseEvent.parse(h.event());
        String what = event != null ? texts.label(event.labelKey())
                : texts.label("cases.ui.history." + h.event());
        String readable = readableDetails(h);
        if (readable != null) {
            what = messages.tr("cases.ui.history.to", what, readable);
        }
        String who = texts.label("cases.ui.actor." + h.actor());
        StringBuilder sb = new StringBuilder(texts.time(h.at())).append(" · ").append(who).append(" · ").append(what);
        if (h.fromState() != null && h.toState() != null && h.fromState() != h.toState()) {
            sb.append(" · ").append(texts.label(h.fromState().labelKey())).append(" → ")
                    .append(texts.label(h.toState().labelKey()));
        } else if (h.toState() != null && h.fromState() == null) {
            sb.append(" · ").append(texts.label(h.toState().labelKey()));
        }
        return sb.toString();
    }

    /**
     * The new category or emotion of a CATEGORY or EMOTION entry in words ("运输破损（同时涉及：质量问题）"), or null for
     * other entries (and for details another version wrote: the tooltip still shows them as stored).
     */
    private String readableDetails(HistoryEntry h) {
        java.util.Optional<com.afterdesk.domain.Emotion> emotion = h.emotionChosen();
        if (emotion.isPresent()) {
            return texts.label(emotion.get().labelKey());
        }
        java.util.List<com.afterdesk.domain.Category> chosen = h.categoriesChosen();
        if (chosen.isEmpty()) {
            return null;
        }
        return texts.categories(chosen.get(0), chosen.subList(1, chosen.size()));
    }

    private Label heading(String key) {
        Label l = new Label(messages.tr(key));
        l.getStyleClass().add("detail-heading");
        return l;
    }

    private Window window() {
        return scroll.getScene() == null ? null : scroll.getScene().getWindow();
    }
}
