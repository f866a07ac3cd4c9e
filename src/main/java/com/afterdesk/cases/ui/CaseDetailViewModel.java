package com.afterdesk.cases.ui;

import com.afterdesk.cases.CaseDetail;
import com.afterdesk.cases.CaseService;
import com.afterdesk.cases.HistoryEntry;
import com.afterdesk.common.TaskRunner;
import com.afterdesk.common.UserException;
import com.afterdesk.common.ui.Dialogs;
import com.afterdesk.deadlines.CaseEvent;
import com.afterdesk.domain.Category;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The case view: one case with its clocks, history, evidence and follow-ups, and every command the agent can give
 * on it. A refused command (UserException) leaves the case as it was and its message is shown in {@link #error}.
 */
public final class CaseDetailViewModel {

    private final CaseService cases;
    private final TaskRunner runner;
    private final CaseTexts texts;
    private final Runnable onChanged;

    private final ReadOnlyObjectWrapper<CaseDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** Time of the next event, as typed; blank = now. */
    private final StringProperty eventTime = new SimpleStringProperty("");
    private final StringProperty platformDue = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty followUpDue = new SimpleStringProperty("");
    private final StringProperty followUpNote = new SimpleStringProperty("");
    /** The shown case's secondary categories ("also concerns"), in the taxonomy's order. */
    private final ObservableList<Category> secondary = FXCollections.observableArrayList();
    /** The categories the agent can still add as secondary: not the primary, not OTHER, not already there. */
    private final ObservableList<Category> addableSecondary = FXCollections.observableArrayList();
    private long loading;

    /** @param onChanged called after every change that was saved (the log reloads) */
    public CaseDetailViewModel(CaseService cases, TaskRunner runner, CaseTexts texts, Runnable onChanged) {
        this.cases = cases;
        this.runner = runner;
        this.texts = texts;
        this.onChanged = onChanged;
    }

    // Commands

    /** Shows a case (or nothing for null). */
    public void show(Long caseId) {
        long mine = ++loading;
        if (caseId == null) {
            detail.set(null);
            return;
        }
        Long current = detail.get() == null ? null : detail.get().id();
        runner.run(texts.messages().tr("cases.ui.status.loading"), p -> cases.find(caseId).orElse(null), d -> {
            if (mine != loading) {
                return;
            }
            boolean other = !caseId.equals(current);
            setDetail(d, other);
        }, e -> error.set(Dialogs.describe(texts.messages(), e)));
    }

    /** Reads the shown case again (someone else may have changed it). */
    public void reload() {
        if (detail.get() != null) {
            show(detail.get().id());
        }
    }

    private void setDetail(CaseDetail d, boolean otherCase) {
        if (otherCase) {
            error.set("");
            status.set("");
            eventTime.set("");
            platformDue.set("");
            followUpDue.set("");
            followUpNote.set("");
        }
        if (otherCase || d == null || detail.get() == null || notes.get().equals(nz(detail.get().record().notes()))) {
            notes.set(d == null ? "" : nz(d.record().notes())); // never overwrite notes being typed
        }
        // before the detail itself, so a view rebuilt on the detail already sees the new lists
        Set<Category> also = d == null ? Set.of() : d.record().secondaryCategories();
        secondary.setAll(EnumSet.allOf(Category.class).stream().filter(also::contains).toList());
        addableSecondary.setAll(d == null ? List.of() : EnumSet.allOf(Category.class).stream()
                .filter(c -> c != d.record().category() && c != Category.OTHER && !also.contains(c)).toList());
        detail.set(d);
    }

    public void applyEvent(CaseEvent event) {
        change("cases.ui.done.event", texts.label(event.labelKey()), id -> {
            Instant at = texts.parseTime(eventTime.get());
            return cases.applyEvent(id, event, at, HistoryEntry.AGENT);
        }, () -> eventTime.set(""));
    }

    /** Enters the platform's exact timeout for the running clock. */
    public void setPlatformDue() {
        change("cases.ui.done.platformDue", platformDue.get(), id -> {
            Instant due = texts.parseTime(platformDue.get());
            if (due == null) {
                throw new UserException("cases.ui.platformDue.blank");
            }
            return cases.setPlatformDue(id, due, HistoryEntry.AGENT);
        }, () -> platformDue.set(""));
    }

    public void pause() {
        change("cases.ui.done.paused", "", id -> cases.pause(id, HistoryEntry.AGENT), () -> { });
    }

    public void resume() {
        change("cases.ui.done.resumed", "", id -> cases.resume(id, HistoryEntry.AGENT), () -> { });
    }

    public void saveNotes() {
        String text = notes.get();
        change("cases.ui.done.notes", "", id -> cases.setNotes(id, text, HistoryEntry.AGENT), () -> { });
    }

    /** The agent corrects the primary category (the classifier's guess); the secondary ones stay. */
    public void setCategory(com.afterdesk.domain.Category category) {
        change("cases.ui.done.handling", texts.label(category.labelKey()), id -> cases.setCategory(id, category,
                cases.record(id).secondaryCategories(), HistoryEntry.AGENT), () -> { });
    }

    /** Adds a secondary category ("also concerns"); the evidence checklist gains its items. */
    public void addSecondary(Category category) {
        editSecondary(category, true);
    }

    /** Removes a secondary category; evidence already ticked or attached for it stays on the case. */
    public void removeSecondary(Category category) {
        editSecondary(category, false);
    }

    private void editSecondary(Category category, boolean add) {
        String done = add ? "cases.ui.done.secondaryAdded" : "cases.ui.done.secondaryRemoved";
        change(done, texts.label(category.labelKey()), id -> {
            var r = cases.record(id);
            Set<Category> also = EnumSet.noneOf(Category.class);
            also.addAll(r.secondaryCategories());
            if (add) {
                also.add(category);
            } else {
                also.remove(category);
            }
            return cases.setCategory(id, r.category(), also, HistoryEntry.AGENT);
        }, () -> { });
    }

    public void setEmotion(com.afterdesk.domain.Emotion emotion) {
        change("cases.ui.done.handling", texts.label(emotion.labelKey()),
                id -> cases.setEmotion(id, emotion, HistoryEntry.AGENT), () -> { });
    }

    public void setRemedyOffered(com.afterdesk.domain.Remedy remedy) {
        change("cases.ui.done.handling", texts.label(remedy.labelKey()),
                id -> cases.setRemedyOffered(id, remedy, HistoryEntry.AGENT), () -> { });
    }

    public void setRemedyAccepted(com.afterdesk.domain.Remedy remedy) {
        change("cases.ui.done.handling", texts.label(remedy.labelKey()),
                id -> cases.setRemedyAccepted(id, remedy, HistoryEntry.AGENT), () -> { });
    }

    /** The outcome of a finished case (refused with a message while the case is still open). */
    public void setOutcome(com.afterdesk.deadlines.Outcome outcome) {
        change("cases.ui.done.handling", texts.label(outcome.labelKey()),
                id -> cases.setOutcome(id, outcome, HistoryEntry.AGENT), () -> { });
    }

    public void checkEvidence(String item, boolean checked) {
        change("cases.ui.done.evidence", texts.label("cases.evidence." + item),
                id -> cases.checkEvidence(id, item, checked, HistoryEntry.AGENT), () -> { });
    }

    /** Copies a file into the data folder as evidence (for a checklist item, or null). */
    public void attachFile(Path file, String item) {
        change("cases.ui.done.file", file.getFileName().toString(), id -> {
            cases.attachEvidence(id, item, file, HistoryEntry.AGENT);
            return cases.detail(id);
        }, () -> { });
    }

    /** Writes the dispute package as a folder or a zip file. */
    public void exportPackage(Path target, boolean zip) {
        CaseDetail d = detail.get();
        if (d == null) {
            return;
        }
        runner.run(texts.messages().tr("cases.ui.status.exporting"),
                p -> cases.exportDisputePackage(d.id(), target, zip, texts.messages()), written -> {
                    error.set("");
                    status.set(texts.messages().tr("cases.ui.done.exported", written.toString()));
                }, e -> error.set(Dialogs.describe(texts.messages(), e)));
    }

    public void addFollowUp() {
        String note = followUpNote.get();
        change("cases.ui.done.followUpAdded", followUpDue.get(), id -> {
            Instant due = texts.parseTime(followUpDue.get());
            if (due == null) {
                throw new UserException("cases.ui.followUp.dueBlank");
            }
            cases.addFollowUp(id, due, note, HistoryEntry.AGENT);
            return cases.detail(id);
        }, () -> {
            followUpDue.set("");
            followUpNote.set("");
        });
    }

    public void completeFollowUp(long followUpId) {
        change("cases.ui.done.followUpDone", "", id -> {
            cases.completeFollowUp(followUpId, HistoryEntry.AGENT);
            return cases.detail(id);
        }, () -> { });
    }

    /** Moves a reminder {@code by} from now. */
    public void snoozeFollowUp(long followUpId, Duration by) {
        change("cases.ui.done.followUpSnoozed", "", id -> {
            cases.snoozeFollowUp(followUpId, cases.clock().instant().plus(by), HistoryEntry.AGENT);
            return cases.detail(id);
        }, () -> { });
    }

    @FunctionalInterface
    private interface Change {
        CaseDetail apply(long caseId) throws Exception;
    }

    private void change(String doneKey, String arg, Change work, Runnable clearInput) {
        CaseDetail d = detail.get();
        if (d == null) {
            return;
        }
        long id = d.id();
        ++loading;
        runner.run(texts.messages().tr("cases.ui.status.saving"), p -> work.apply(id), updated -> {
            error.set("");
            status.set(texts.messages().tr(doneKey, arg));
            clearInput.run();
            setDetail(updated, false);
            if (doneKey.equals("cases.ui.done.notes")) {
                notes.set(nz(updated.record().notes()));
            }
            onChanged.run();
        }, e -> {
            status.set("");
            error.set(Dialogs.describe(texts.messages(), e));
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public void clearError() {
        error.set("");
    }

    /** The current time as the typed format, for "now" buttons and prompts. */
    public String nowText(Supplier<Instant> now) {
        return texts.time(now.get());
    }

    // Properties

    public ReadOnlyObjectProperty<CaseDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public StringProperty eventTimeProperty() {
        return eventTime;
    }

    public StringProperty platformDueProperty() {
        return platformDue;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty followUpDueProperty() {
        return followUpDue;
    }

    public StringProperty followUpNoteProperty() {
        return followUpNote;
    }

    /** The shown case's secondary categories, in the taxonomy's order (read-only). */
    public ObservableList<Category> secondaryCategories() {
        return FXCollections.unmodifiableObservableList(secondary);
    }

    /** The categories that can be added as secondary (read-only). */
    public ObservableList<Category> addableSecondaryCategories() {
        return FXCollections.unmodifiableObservableList(addableSecondary);
    }

    public CaseTexts texts() {
        return texts;
    }
}
