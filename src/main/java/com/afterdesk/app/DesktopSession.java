package com.afterdesk.app;

import com.afterdesk.backend.Backend;
import com.afterdesk.chat.ui.ChatScreen;
import com.afterdesk.chat.ui.ChatSettingsSection;
import com.afterdesk.cases.ui.CasesScreen;
import com.afterdesk.common.Messages;
import com.afterdesk.common.UserException;
import com.afterdesk.common.ui.Dialogs;
import com.afterdesk.common.ui.FxTaskRunner;
import com.afterdesk.common.ui.Screen;
import com.afterdesk.deadlines.ui.RulesSection;
import com.afterdesk.scripts.ui.ScriptsScreen;
import com.afterdesk.storage.DataFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * One running desktop window on one data folder: the UI composition root. It checks the data folder, takes
 * the single-window lock, opens the backend and builds the screens; it rebuilds them when the language
 * changes. Problems at start-up are shown in a dialog and change nothing.
 */
public final class DesktopSession {

    /**
     * How the session starts; tests fix the folder, clock and locale.
     *
     * @param offerDemo on the first start of an empty data folder, ask whether to load the sample shop
     * @param opener    opens a file or link with the system viewer (evidence files)
     */
    public record Options(Path home, Clock clock, Locale systemLocale, Runnable onFatal, boolean offerDemo,
                          Consumer<String> opener) {
        /** Without the first-start demo offer and without a system viewer (tests). */
        public Options(Path home, Clock clock, Locale systemLocale, Runnable onFatal) {
            this(home, clock, systemLocale, onFatal, false, uri -> { });
        }
    }

    private final Stage stage;
    private final Options options;
    private final Backend backend;
    private final InstanceLock lock;
    private final FxTaskRunner runner = new FxTaskRunner();
    private MainWindow window;
    private Messages messages;
    private CasesScreen cases;

    private DesktopSession(Stage stage, Options options, Backend backend, InstanceLock lock) {
        this.stage = stage;
        this.options = options;
        this.backend = backend;
        this.lock = lock;
    }

    /**
     * Starts a window on the chosen data folder, or shows why it cannot (folder unusable, database damaged or
     * newer, AfterDesk already running on that folder) and returns empty.
     */
    public static Optional<DesktopSession> start(Stage stage, Options options) {
        Messages system = Messages.forLocale(options.systemLocale());
        Path home = options.home();
        InstanceLock lock = null;
        try {
            Backend.preflight(home);
            lock = InstanceLock.tryAcquire(DataFolder.open(home).instanceLock()).orElse(null);
            if (lock == null) {
                fatal(stage, system, "app.alreadyRunning.title", system.tr("app.alreadyRunning.text", home),
                        options.onFatal(), Alert.AlertType.INFORMATION);
                return Optional.empty();
            }
            Backend backend = Backend.open(home, options.clock());
            DesktopSession session = new DesktopSession(stage, options, backend, lock);
            session.build();
            session.prepareSuggestions();
            if (options.offerDemo()) {
                session.offerDemo();
            }
            return Optional.of(session);
        } catch (UserException e) {
            closeQuietly(lock);
            fatal(stage, system, "app.startFailed.title", system.describe(e), options.onFatal(),
                    Alert.AlertType.ERROR);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(lock);
            fatal(stage, system, "app.startFailed.title",
                    system.tr("storage.folder.unwritable", home) + "\n" + e.getMessage(), options.onFatal(),
                    Alert.AlertType.ERROR);
            return Optional.empty();
        }
    }

    private static void closeQuietly(InstanceLock lock) {
        if (lock != null) {
            lock.close();
        }
    }

    private static void fatal(Stage owner, Messages messages, String titleKey, String text, Runnable onFatal,
                              Alert.AlertType type) {
        Alert alert = type == Alert.AlertType.ERROR ? Dialogs.error(null, messages, titleKey, text)
                : new Alert(type);
        if (type != Alert.AlertType.ERROR) {
            alert.setTitle(messages.tr("app.name"));
            alert.setHeaderText(messages.tr(titleKey));
            Label content = new Label(text);
            content.setWrapText(true);
            content.setId("dialogMessage");
            alert.getDialogPane().setContent(content);
            alert.getDialogPane().setId("infoDialog");
        }
        alert.setOnHidden(e -> onFatal.run());
        alert.show();
    }

    private void build() {
        messages = backend.preferences().messages(options.systemLocale());
        MainViewModel model = new MainViewModel(backend, runner, messages);
        Themes.apply(model.themeProperty().get());
        model.themeProperty().addListener((obs, old, t) -> {
            Themes.apply(t);
            Themes.style(stage.getScene(), t);
        });
        String selected = window == null ? "cases" : window.selectedId();
        if (window != null) {
            window.stop();
        }
        if (cases != null) {
            cases.stop();
        }
        window = new MainWindow(model, messages, screens(model),
                new MainWindow.FxTaskRunnerStatus(runner.runningProperty(), runner.messageProperty()));
        Scene scene = stage.getScene();
        if (scene == null) {
            // as large as a laptop screen allows, up to 1440×900
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            scene = new Scene(window.root(), Math.min(1440, screen.getWidth() * 0.96),
                    Math.min(900, screen.getHeight() * 0.94));
            stage.setScene(scene);
        } else {
            scene.setRoot(window.root());
        }
        Themes.style(scene, model.themeProperty().get());
        stage.setTitle(messages.tr("app.title"));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        window.select(selected);
        window.start();
        stage.setOnHidden(e -> shutdown());
        stage.show();
    }

    private List<Screen> screens(MainViewModel model) {
        List<Screen> list = new ArrayList<>();
        list.add(new ChatScreen(backend.chat(), backend.chatAssist(), runner, messages));
        cases = new CasesScreen(backend.cases(), backend.alerts(), runner, messages, backend.clock(), options.opener());
        list.add(cases);
        list.add(new ScriptsScreen(backend.scripts(), runner, messages, backend.clock()));
        list.add(new PlaceholderScreen("customers", "app.nav.customers", MaterialDesignA.ACCOUNT_GROUP_OUTLINE,
                messages));
        list.add(new PlaceholderScreen("metrics", "app.nav.metrics", MaterialDesignC.CHART_BAR, messages));
        list.add(new SettingsScreen(model, messages, backend.preferences().languageSetting(), this::changeLanguage,
                List.of(new RulesSection(backend.rules(), backend.settings(), backend.alerts()::thresholds,
                        backend.alerts()::setThresholds, runner, messages),
                        new ChatSettingsSection(backend.chat(), runner, messages))));
        return list;
    }

    /**
     * Loads the classifier's models in the background right after the window opens (a quarter of a second; two to
     * three seconds when it has to train them), so the first buyer message pasted gets its suggestions at once. A
     * failure is not reported here: it shows, with its message, when the first buyer message is classified.
     */
    void prepareSuggestions() {
        runner.run(messages.tr("app.status.preparingSuggestions"),
                p -> backend.suggestions().classifier().classify("").emotion(), ready -> { }, failed -> { });
    }

    /**
     * First start on an empty data folder: asks once whether to load the sample shop so the screens are not
     * empty. The answer is remembered; the sample can be loaded later with the {@code demo} command.
     */
    void offerDemo() {
        runner.run(messages.tr("app.status.refreshing"),
                p -> !backend.preferences().demoOffered() && backend.cases().count() == 0, ask -> {
                    if (!ask) {
                        return;
                    }
                    javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                            javafx.scene.control.Alert.AlertType.CONFIRMATION);
                    alert.initOwner(stage);
                    alert.setTitle(messages.tr("app.name"));
                    alert.setHeaderText(messages.tr("app.demo.title"));
                    Label text = new Label(messages.tr("app.demo.text"));
                    text.setWrapText(true);
                    alert.getDialogPane().setContent(text);
                    alert.getDialogPane().setId("demoDialog");
                    javafx.scene.control.ButtonType load = new javafx.scene.control.ButtonType(
                            messages.tr("app.demo.load"), javafx.scene.control.ButtonBar.ButtonData.YES);
                    javafx.scene.control.ButtonType empty = new javafx.scene.control.ButtonType(
                            messages.tr("app.demo.empty"), javafx.scene.control.ButtonBar.ButtonData.NO);
                    alert.getButtonTypes().setAll(load, empty);
                    alert.setOnHidden(e -> loadDemo(alert.getResult() == load));
                    alert.show();
                }, e -> Dialogs.error(stage, messages, "app.error.title", Dialogs.describe(messages, e)).show());
    }

    private void loadDemo(boolean load) {
        runner.run(messages.tr("app.demo.loading"), p -> {
            backend.preferences().setDemoOffered();
            return load ? backend.demoShop().load(1) : null;
        }, result -> window.refreshAll(),
                e -> Dialogs.error(stage, messages, "app.error.title", Dialogs.describe(messages, e)).show());
    }

    /** Saves the language and rebuilds the window in it. */
    private void changeLanguage(String setting) {
        runner.run(messages.tr("app.status.saving"), p -> {
            backend.preferences().setLanguageSetting(setting);
            return null;
        }, ok -> build(), e -> Dialogs.error(stage, messages, "app.error.title",
                Dialogs.describe(messages, e)).show());
    }

    /** Shows a screen (for keyboard shortcuts and tests). */
    public void select(String screenId) {
        window.select(screenId);
    }

    public Backend backend() {
        return backend;
    }

    /** Stops timers and background work and releases the data folder. */
    public void shutdown() {
        if (window != null) {
            window.stop();
        }
        if (cases != null) {
            cases.stop();
        }
        runner.close();
        backend.close();
        lock.close();
    }
}
