package com.afterdesk.deadlines.ui;

import com.afterdesk.common.Messages;
import com.afterdesk.common.TaskRunner;
import com.afterdesk.common.UserException;
import com.afterdesk.common.ui.Dialogs;
import com.afterdesk.deadlines.Confidence;
import com.afterdesk.deadlines.Rule;
import com.afterdesk.deadlines.RuleBook;
import com.afterdesk.deadlines.RuleFileException;
import com.afterdesk.deadlines.UrgencyPolicy;
import com.afterdesk.domain.Platform;
import com.afterdesk.storage.SettingsStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The deadline settings: per platform the rules in force (with where each comes from, how sure it is and whether
 * this shop changed it), duration edits, reset, rule-file import/export; alert and urgency thresholds. A refused
 * change leaves everything as it was; a bad rule file lists every problem with its line.
 */
public final class RulesViewModel {

    /** One row of the rules table, ready to show. */
    public record Row(String id, String title, String state, String who, String duration, String durationInput,
                      String onTimeout, String source, String effective, String confidence, String confidenceNote,
                      boolean lowConfidence, boolean overridden, boolean editable, String presetDuration) {
    }

    private final RuleBook rules;
    private final SettingsStore settings;
    private final Supplier<List<Duration>> alertThresholds;
    private final Consumer<List<Duration>> setAlertThresholds;
    private final TaskRunner runner;
    private final Messages messages;

    private final ObjectProperty<Platform> platform = new SimpleObjectProperty<>(Platform.TAOBAO);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final StringProperty thresholds = new SimpleStringProperty("");
    private final StringProperty critical = new SimpleStringProperty("");
    private final StringProperty criticalShare = new SimpleStringProperty("");
    private final StringProperty warning = new SimpleStringProperty("");
    private final StringProperty warningShare = new SimpleStringProperty("");

    public RulesViewModel(RuleBook rules, SettingsStore settings, Supplier<List<Duration>> alertThresholds,
                          Consumer<List<Duration>> setAlertThresholds, TaskRunner runner, Messages messages) {
        this.rules = rules;
        this.settings = settings;
        this.alertThresholds = alertThresholds;
        this.setAlertThresholds = setAlertThresholds;
        this.runner = runner;
        this.messages = messages;
        platform.addListener((o, a, b) -> {
            problems.clear();
            loadRules();
        });
    }

    // Commands

    /** Reads the rules of the chosen platform and the thresholds. */
    public void refresh() {
        loadRules();
        runner.run(messages.tr("deadlines.ui.status.loading"), p -> new Thresholds(alertThresholds.get(),
                policy()), t -> {
            thresholds.set(t.alerts().stream().map(DurationText::input).collect(Collectors.joining(", ")));
            critical.set(DurationText.input(t.policy().critical()));
            criticalShare.set(percent(t.policy().criticalShare()));
            warning.set(DurationText.input(t.policy().warning()));
            warningShare.set(percent(t.policy().warningShare()));
        }, this::fail);
    }

    private record Thresholds(List<Duration> alerts, UrgencyPolicy policy) {
    }

    private UrgencyPolicy policy() {
        UrgencyPolicy d = UrgencyPolicy.DEFAULT;
        return new UrgencyPolicy(
                settings.get(UrgencyPolicy.SETTING_CRITICAL).map(RulesViewModel::isoOrNull).orElse(d.critical()),
                settings.get(UrgencyPolicy.SETTING_CRITICAL_SHARE).map(RulesViewModel::shareOrNull)
                        .orElse(d.criticalShare()),
                settings.get(UrgencyPolicy.SETTING_WARNING).map(RulesViewModel::isoOrNull).orElse(d.warning()),
                settings.get(UrgencyPolicy.SETTING_WARNING_SHARE).map(RulesViewModel::shareOrNull)
                        .orElse(d.warningShare()));
    }

    private static Duration isoOrNull(String s) {
        try {
            return Duration.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Double shareOrNull(String s) {
        try {
            return Double.parseDouble(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f", share * 100);
    }

    private void loadRules() {
        Platform p = platform.get();
        runner.run(messages.tr("deadlines.ui.status.loading"), w -> rules.entries(p), entries -> {
            if (p != platform.get()) {
                return;
            }
            List<Row> out = new ArrayList<>();
            for (RuleBook.RuleEntry e : entries) {
                out.add(row(e));
            }
            rows.setAll(out);
        }, this::fail);
    }

    private Row row(RuleBook.RuleEntry e) {
        Rule r = e.rule();
        String state = r.state() == null ? messages.tr("deadlines.ui.rule.reference")
                : label(r.state().labelKey());
        String who = r.actor() == null ? "" : label(r.actor().labelKey());
        String duration = r.instant() ? messages.tr("deadlines.ui.rule.instant")
                : DurationText.format(r.duration(), messages);
        Confidence c = r.confidence() == null ? Confidence.HIGH : r.confidence();
        return new Row(r.id(), r.title() == null ? r.id() : r.title(), state, who, duration,
                r.duration() == null ? "" : DurationText.input(r.duration()),
                r.onTimeout() == null ? "" : label(r.onTimeout().labelKey()), r.source() == null ? "" : r.source(),
                r.effective() == null ? "" : r.effective().toString(), label(c.labelKey()),
                r.confidenceNote() == null ? "" : r.confidenceNote(), c != Confidence.HIGH, e.overridden(),
                r.duration() != null && !r.instant(), DurationText.format(e.fileDuration(), messages));
    }

    private String label(String key) {
        return messages.has(key) ? messages.tr(key) : key;
    }

    /** This shop's duration for one rule ("48h", "2天", PT48H). */
    public void setDuration(String ruleId, String text) {
        Duration d = DurationText.parse(text);
        if (d == null) {
            error.set(messages.tr("deadlines.ui.duration.invalid", text == null ? "" : text));
            return;
        }
        Platform p = platform.get();
        change(() -> rules.setDuration(p, ruleId, d), messages.tr("deadlines.ui.done.duration", ruleId,
                DurationText.format(d, messages)));
    }

    public void resetRule(String ruleId) {
        Platform p = platform.get();
        change(() -> rules.resetDuration(p, ruleId), messages.tr("deadlines.ui.done.reset", ruleId));
    }

    /** Drops imports and edits of the chosen platform: the preset is in force again. */
    public void resetPlatform() {
        Platform p = platform.get();
        change(() -> rules.resetPlatform(p), messages.tr("deadlines.ui.done.resetPlatform", label(p.labelKey())));
    }

    /**
     * Imports a rule file (it names its platform). A bad file is refused: every problem with its line goes to
     * {@link #problems()} and the rules in force stay.
     */
    public void importFile(Path file) {
        problems.clear();
        runner.run(messages.tr("deadlines.ui.status.importing"), p -> rules.importFile(file), set -> {
            error.set("");
            status.set(messages.tr("deadlines.ui.done.imported", file.getFileName().toString(),
                    label(set.platform().labelKey()), set.rules().size()));
            if (platform.get() != set.platform()) {
                platform.set(set.platform());
            } else {
                loadRules();
            }
        }, e -> {
            if (e instanceof RuleFileException rfe) {
                for (RuleFileException.Problem pr : rfe.problems()) {
                    problems.add(pr.line() > 0 ? messages.tr("deadlines.ui.problem.line", pr.line(), pr.message())
                            : pr.message());
                }
                status.set("");
                error.set(messages.tr("deadlines.ui.import.rejected", file.getFileName().toString(),
                        rfe.problems().size()));
            } else {
                fail(e);
            }
        });
    }

    /** Writes the rules in force for the chosen platform (edits included). */
    public void exportFile(Path file) {
        Platform p = platform.get();
        runner.run(messages.tr("deadlines.ui.status.exporting"), w -> {
            rules.exportFile(p, file);
            return file;
        }, f -> {
            error.set("");
            status.set(messages.tr("deadlines.ui.done.exported", f.toString()));
        }, this::fail);
    }

    /** Alert thresholds, e.g. "24h, 2h, 30m". */
    public void saveThresholds() {
        List<Duration> values = new ArrayList<>();
        for (String part : thresholds.get().split("[,，、\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            Duration d = DurationText.parse(part);
            if (d == null) {
                error.set(messages.tr("deadlines.ui.duration.invalid", part));
                return;
            }
            values.add(d);
        }
        if (values.isEmpty()) {
            error.set(messages.tr("deadlines.ui.thresholds.empty"));
            return;
        }
        change(() -> setAlertThresholds.accept(values), messages.tr("deadlines.ui.done.thresholds"));
    }

    /** Urgency levels: critical under a time or a share of the clock, warning likewise. */
    public void saveUrgency() {
        Duration c = DurationText.parse(critical.get());
        Duration w = DurationText.parse(warning.get());
        Double cs = parsePercent(criticalShare.get());
        Double ws = parsePercent(warningShare.get());
        if (c == null || w == null) {
            error.set(messages.tr("deadlines.ui.duration.invalid", c == null ? critical.get() : warning.get()));
            return;
        }
        if (cs == null || ws == null) {
            error.set(messages.tr("deadlines.ui.percent.invalid"));
            return;
        }
        if (c.compareTo(w) >= 0 || cs > ws) {
            error.set(messages.tr("deadlines.ui.urgency.order"));
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put(UrgencyPolicy.SETTING_CRITICAL, c.toString());
        values.put(UrgencyPolicy.SETTING_CRITICAL_SHARE, Double.toString(cs));
        values.put(UrgencyPolicy.SETTING_WARNING, w.toString());
        values.put(UrgencyPolicy.SETTING_WARNING_SHARE, Double.toString(ws));
        change(() -> settings.putAll(values), messages.tr("deadlines.ui.done.urgency"));
    }

    private static Double parsePercent(String text) {
        try {
            double v = Double.parseDouble(text.strip().replace("%", "")) / 100.0;
            return v >= 0 && v < 1 ? v : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void change(Runnable work, String done) {
        runner.run(messages.tr("deadlines.ui.status.saving"), p -> {
            work.run();
            return null;
        }, ok -> {
            error.set("");
            status.set(done);
            refresh();
        }, this::fail);
    }

    private void fail(Throwable e) {
        status.set("");
        error.set(e instanceof UserException ue ? messages.describe(ue) : Dialogs.describe(messages, e));
    }

    // Properties

    public ObjectProperty<Platform> platformProperty() {
        return platform;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public StringProperty thresholdsProperty() {
        return thresholds;
    }

    public StringProperty criticalProperty() {
        return critical;
    }

    public StringProperty criticalShareProperty() {
        return criticalShare;
    }

    public StringProperty warningProperty() {
        return warning;
    }

    public StringProperty warningShareProperty() {
        return warningShare;
    }
}
