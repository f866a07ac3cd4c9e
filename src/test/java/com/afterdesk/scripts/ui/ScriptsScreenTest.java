package com.afterdesk.scripts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.app.DesktopSession;
import com.afterdesk.app.DesktopTestSupport;
import com.afterdesk.scripts.Script;
import com.afterdesk.scripts.ScriptLibrary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The script screen in the real window, driven as a user would. */
@ExtendWith(ApplicationExtension.class)
class ScriptsScreenTest {

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

    private ScriptLibrary library() {
        return session.backend().scripts();
    }

    @SuppressWarnings("unchecked")
    private ListView<ScriptsViewModel.Row> list(FxRobot robot) {
        return robot.lookup("#scriptList").queryAs(ListView.class);
    }

    private void openScripts(FxRobot robot) throws Exception {
        robot.clickOn("#nav-scripts");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list(robot).getItems().size() >= 400);
    }

    private void search(FxRobot robot, String query) throws Exception {
        TextField field = robot.lookup("#scriptSearch").queryAs(TextField.class);
        robot.clickOn(field);
        // Chinese text arrives through an input method, not key presses: set it as the IME would
        WaitForAsyncUtils.asyncFx(() -> field.setText(query)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void editingAScriptAndSavingPersistsItAndSearchFindsIt(FxRobot robot) throws Exception {
        openScripts(robot);
        Script target = library().byCode("/ps").orElseThrow();
        search(robot, "/ps");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !list(robot).getItems().isEmpty() && list(robot).getItems().get(0).script().equals(target));
        Node cell = robot.lookup("#scriptList .list-cell").match(Node::isVisible)
                .match((javafx.scene.control.ListCell<ScriptsViewModel.Row> c) -> c.getItem() != null
                        && c.getItem().script().equals(target)).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> target.text().equals(robot.lookup("#scriptText").queryAs(TextArea.class).getText()));

        TextArea text = robot.lookup("#scriptText").queryAs(TextArea.class);
        robot.clickOn(text);
        WaitForAsyncUtils.asyncFx(() -> text.setText("非常抱歉，包裹在运输中被压坏了，麻烦您拍一下外箱和商品，我马上为您处理。")).get();
        TextField title = robot.lookup("#scriptTitle").queryAs(TextField.class);
        WaitForAsyncUtils.asyncFx(() -> title.setText("压坏致歉（我的版本）")).get();
        robot.clickOn("#scriptSave");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> library().byId(target.id()).orElseThrow().title().equals("压坏致歉（我的版本）"));
        assertThat(library().byId(target.id()).orElseThrow().text()).startsWith("非常抱歉，包裹在运输中被压坏了");
        assertThat(robot.lookup("#scriptStatus").queryAs(Label.class).getText()).contains("已保存");

        search(robot, "我的版本");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list(robot).getItems().size() == 1);
        assertThat(list(robot).getItems().get(0).script().id()).isEqualTo(target.id());
        search(robot, "壓壞");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !list(robot).getItems().isEmpty());
        assertThat(list(robot).getItems().get(0).script().id()).as("Traditional query").isEqualTo(target.id());
    }

    @Test
    void anEmptyTextOrATakenShortCodeIsShownAndNotSaved(FxRobot robot) throws Exception {
        openScripts(robot);
        robot.clickOn("#scriptNew");
        TextField title = robot.lookup("#scriptTitle").queryAs(TextField.class);
        WaitForAsyncUtils.asyncFx(() -> title.setText("测试")).get();
        robot.clickOn("#scriptCode").write("/ps");
        Label validation = robot.lookup("#scriptValidation").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> validation.getText().contains("内容不能为空"));
        robot.clickOn("#scriptText").write("ok");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> validation.getText().contains("/ps"));
        int before = library().all().size();
        robot.clickOn("#scriptSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library().all()).hasSize(before);
    }

    @Test
    void importingABrokenFileShowsEveryProblemLineAndLeavesTheLibraryUnchanged(FxRobot robot) throws Exception {
        openScripts(robot);
        List<Script> before = library().all();
        Path file = home.resolve("从Excel导出.csv");
        Files.writeString(file, "category,stage,title,text\n"
                + "DAMAGED,ASK,好的,麻烦拍一下外箱\n"
                + "DAMAGED,WHENEVER,坏的,未知阶段\n"
                + "DAMAGED,ASK,坏的,\"引号没有闭合\n", StandardCharsets.UTF_8);
        Node screen = robot.lookup("#screen-scripts").query();
        ScriptsViewModel model = (ScriptsViewModel) screen.getProperties().get(ScriptsViewModel.class);
        WaitForAsyncUtils.asyncFx(() -> model.importFile(file)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#importErrorDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#importErrorSummary").queryAs(Label.class).getText())
                .contains("从Excel导出.csv").contains("没有导入任何内容");
        @SuppressWarnings("unchecked")
        ListView<String> problems = robot.lookup("#importProblems").queryAs(ListView.class);
        assertThat(problems.getItems()).hasSize(2);
        assertThat(problems.getItems().get(0)).startsWith("第 3 行").contains("WHENEVER");
        assertThat(problems.getItems().get(1)).startsWith("第 4 行").contains("引号");
        robot.clickOn(robot.lookup("#importErrorDialog .button").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library().all()).isEqualTo(before);
        assertThat(list(robot).getItems()).hasSize(before.size());
    }
}
