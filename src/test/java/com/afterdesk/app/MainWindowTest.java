package com.afterdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.backend.Preferences.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Smoke test of the real window: navigation, theme, language, the single-window rule. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path folders;
    private static int count;

    private Path home;
    private DesktopSession session;

    @Start
    void start(Stage stage) {
        home = folders.resolve("home-" + (++count));
        session = DesktopSession.start(stage, new DesktopSession.Options(home, CLOCK, Locale.CHINA, () -> { }))
                .orElseThrow();
    }

    @AfterEach
    void closeWindows() throws Exception {
        DesktopTestSupport.closeAllWindows();
    }

    @Test
    void theWindowOpensInChineseWithAllNavigationEntries(FxRobot robot) throws Exception {
        for (String id : List.of("chat", "cases", "scripts", "customers", "metrics", "settings")) {
            assertThat(robot.lookup("#nav-" + id).tryQuery()).as("nav entry %s", id).isPresent();
        }
        assertThat(robot.lookup("#nav-cases").queryAs(ToggleButton.class).getText()).isEqualTo("售后单");
        assertThat(robot.lookup("#nav-chat").queryAs(ToggleButton.class).getText()).isEqualTo("工作台");
        assertThat(robot.lookup("#brand").queryAs(Label.class).getText()).isEqualTo("售后工作台");
    }

    @Test
    void everyNavigationEntryShowsItsScreen(FxRobot robot) throws Exception {
        for (String id : List.of("chat", "cases", "scripts", "customers", "metrics", "settings")) {
            robot.clickOn("#nav-" + id);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#screen-" + id).tryQuery()).as("screen %s", id).isPresent();
            assertThat(robot.lookup("#nav-" + id).queryAs(ToggleButton.class).isSelected()).isTrue();
        }
    }

    @Test
    void theStatusBarShowsTheDataFolderAndDatabaseSize(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#statusDatabaseSize").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#statusHome").queryAs(Label.class).getText()).isEqualTo(home.toString());
        assertThat(robot.lookup("#statusDatabaseSize").queryAs(Label.class).getText()).startsWith("数据库 ");
        assertThat(robot.lookup("#statusCounts").queryAs(Label.class).getText()).startsWith("售后单 ");
    }

    @Test
    void whatTheCommandLineChangesShowsInTheOpenWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#statusCounts").queryAs(Label.class).getText().startsWith("售后单 0 "));
        var r = com.afterdesk.cli.CliTestSupport.run(home, CLOCK, Locale.CHINA, "case", "add", "--platform", "jd",
                "--type", "NONE", "--order", "JD-FROM-CLI", "--buyer", "命令行买家");
        assertThat(r.exitCode()).as(r.err()).isZero();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#statusCounts").queryAs(Label.class).getText().startsWith("售后单 1 · 客户 1 "));
    }

    @Test
    void theThemeSwitchesBetweenLightAndDarkAndIsRemembered(FxRobot robot) throws Exception {
        Node root = robot.lookup("#mainWindow").query();
        Theme before = root.getStyleClass().contains("theme-dark") ? Theme.DARK : Theme.LIGHT;
        robot.clickOn("#themeToggle");
        WaitForAsyncUtils.waitForFxEvents();
        Theme after = root.getStyleClass().contains("theme-dark") ? Theme.DARK : Theme.LIGHT;
        assertThat(after).isNotEqualTo(before);
        assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase(
                after == Theme.DARK ? "dark" : "light");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> session.backend().preferences().theme() == after);
        robot.clickOn("#themeToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(root.getStyleClass()).contains(before == Theme.DARK ? "theme-dark" : "theme-light");
    }

    @Test
    void switchingTheLanguageInSettingsRebuildsTheWindowInEnglish(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        ComboBox<?> language = robot.lookup("#settingsLanguage").queryAs(ComboBox.class);
        WaitForAsyncUtils.asyncFx(() -> ((ComboBox<String>) language).setValue("en")).get();
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> "Cases".equals(robot.lookup("#nav-cases").queryAs(ToggleButton.class).getText())
                        && robot.lookup("#screen-settings").tryQuery().isPresent());
        assertThat(robot.lookup("#screen-settings").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).isSelected()).isTrue();
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#settingsLanguage").tryQuery().isPresent());
        ComboBox<?> again = robot.lookup("#settingsLanguage").queryAs(ComboBox.class);
        WaitForAsyncUtils.asyncFx(() -> ((ComboBox<String>) again).setValue("zh-CN")).get();
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> "售后单".equals(robot.lookup("#nav-cases").queryAs(ToggleButton.class).getText()));
    }

    @Test
    void aSecondWindowOnTheSameFolderIsRefusedAndTheFirstKeepsRunning(FxRobot robot) throws Exception {
        AtomicReference<Optional<DesktopSession>> second = new AtomicReference<>();
        AtomicBoolean fatal = new AtomicBoolean();
        WaitForAsyncUtils.asyncFx(() -> second.set(DesktopSession.start(new Stage(),
                new DesktopSession.Options(home, CLOCK, Locale.CHINA, () -> fatal.set(true))))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(second.get()).isEmpty();
        Label message = robot.lookup("#dialogMessage").queryAs(Label.class);
        assertThat(message.getText()).contains("已经有一个打开的窗口").contains(home.toString());
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fatal).isTrue();
        robot.clickOn("#nav-scripts");
        assertThat(robot.lookup("#screen-scripts").tryQuery()).isPresent();
        assertThat(session.backend().database().schemaVersion()).isPositive();
    }

    @Test
    void theFirstStartOffersTheSampleShopAndLoadsItIntoTheStatusBar(@TempDir Path fresh, FxRobot robot)
            throws Exception {
        AtomicReference<Optional<DesktopSession>> started = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> started.set(DesktopSession.start(new Stage(), new DesktopSession.Options(
                fresh, CLOCK, Locale.CHINA, () -> { }, true, uri -> { })))).get();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("载入示例数据").match(Node::isVisible).tryQuery().isPresent());
        robot.clickOn(robot.lookup("载入示例数据").match(Node::isVisible).queryButton());
        DesktopSession second = started.get().orElseThrow();
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> second.backend().cases().count() > 0 && second.backend().preferences().demoOffered());
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#statusCounts")
                .queryAllAs(Label.class).stream().anyMatch(l -> l.getText().startsWith(
                        "售后单 " + second.backend().cases().count() + " ")));
    }

    @Test
    void aDamagedDatabaseIsReportedInADialogAndLeftAsItWas(@TempDir Path other, FxRobot robot) throws Exception {
        Path db = other.resolve("afterdesk.db");
        Files.writeString(db, "not a database at all, but a note somebody saved with the wrong name".repeat(3));
        byte[] before = Files.readAllBytes(db);
        AtomicReference<Optional<DesktopSession>> result = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> result.set(DesktopSession.start(new Stage(),
                new DesktopSession.Options(other, CLOCK, Locale.CHINA, () -> { })))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(result.get()).isEmpty();
        assertThat(robot.lookup("#dialogMessage").queryAs(Label.class).getText()).contains("数据库文件已损坏");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        try (var files = Files.list(other)) {
            assertThat(files.count()).isEqualTo(1);
        }
    }
}
