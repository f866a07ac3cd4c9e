package com.afterdesk.app;

import com.afterdesk.backend.Backend;
import com.afterdesk.backend.Preferences.Theme;
import com.afterdesk.backend.StatusSnapshot;
import com.afterdesk.common.Messages;
import com.afterdesk.common.TaskRunner;
import com.afterdesk.common.ui.Dialogs;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** The main window's state: the status bar and the theme. Knows nothing of the controls that show it. */
final class MainViewModel {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);

    private final Backend backend;
    private final TaskRunner runner;
    private final Messages messages;
    private final List<Runnable> dataListeners = new ArrayList<>();
    private long lastDataVersion = -1;

    // Properties
    private final ReadOnlyStringWrapper home = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper databaseSize = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextDeadline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);

    MainViewModel(Backend backend, TaskRunner runner, Messages messages) {
        this.backend = backend;
        this.runner = runner;
        this.messages = messages;
        this.theme.set(backend.preferences().theme());
        this.home.set(backend.folder().root().toString());
    }

    // Commands

    /** Reloads the status bar in the background. */
    void refreshStatus() {
        runner.run(messages.tr("app.status.refreshing"), p -> backend.status(), this::show,
                e -> problem.set(Dialogs.describe(messages, e)));
    }

    /**
     * Checks whether anyone (this window or the command line) committed a change since the last look; if so,
     * refreshes the status bar and tells the screens.
     */
    void checkForChanges() {
        runner.run(messages.tr("app.status.refreshing"), p -> backend.database().dataVersion(), version -> {
            if (version != lastDataVersion) {
                boolean first = lastDataVersion < 0;
                lastDataVersion = version;
                refreshStatus();
                if (!first) {
                    dataListeners.forEach(Runnable::run);
                }
            }
        }, e -> problem.set(Dialogs.describe(messages, e)));
    }

    /** Forces a refresh of the status bar and all screens (F5). */
    void refreshAll() {
        refreshStatus();
        dataListeners.forEach(Runnable::run);
    }

    void onDataChanged(Runnable listener) {
        dataListeners.add(listener);
    }

    void toggleTheme() {
        setTheme(theme.get() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
    }

    void setTheme(Theme value) {
        theme.set(value);
        runner.run(messages.tr("app.status.saving"), p -> {
            backend.preferences().setTheme(value);
            return null;
        }, ok -> { }, e -> problem.set(Dialogs.describe(messages, e)));
    }

    private void show(StatusSnapshot s) {
        problem.set("");
        databaseSize.set(messages.tr("app.status.databaseSize", formatBytes(s.databaseBytes())));
        counts.set(messages.tr("app.status.counts", s.cases(), s.customers(), s.conversations()));
        nextDeadline.set(s.nextDeadline()
                .map(d -> messages.tr("app.status.nextDeadline", d.orderNo(),
                        DUE.format(d.dueAt().atZone(com.afterdesk.deadlines.Countdown.SHOP_ZONE)), actionLabel(d.onTimeout())))
                .orElse(messages.tr("app.status.noDeadline")));
    }

    private String actionLabel(String action) {
        String key = "deadlines.onTimeout." + action;
        return messages.has(key) ? messages.tr(key) : action;
    }

    static String formatBytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    ReadOnlyStringProperty homeProperty() {
        return home.getReadOnlyProperty();
    }

    ReadOnlyStringProperty databaseSizeProperty() {
        return databaseSize.getReadOnlyProperty();
    }

    ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    ReadOnlyStringProperty nextDeadlineProperty() {
        return nextDeadline.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    ObjectProperty<Theme> themeProperty() {
        return theme;
    }
}
