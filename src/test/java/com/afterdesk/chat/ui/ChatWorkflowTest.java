package com.afterdesk.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.app.DesktopSession;
import com.afterdesk.app.DesktopTestSupport;
import com.afterdesk.chat.ChatMessage;
import com.afterdesk.chat.Role;
import com.afterdesk.scripts.Placeholders;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The agent's workflow in the real window on a fresh data folder, with the real suggestion engine, script library
 * and quality checks: paste, see suggestions, insert with Ctrl+1, fill a placeholder with Tab, get blocked by an
 * unfilled one, fix it, send (the clipboard holds the reply) and see it logged.
 */
@ExtendWith(ApplicationExtension.class)
class ChatWorkflowTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T02:15:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    static Path folders;
    static int count;
    DesktopSession session;

    @Start
    void start(Stage stage) {
        session = DesktopSession.start(stage, new DesktopSession.Options(folders.resolve("home-" + (++count)), CLOCK,
                Locale.CHINA, () -> { })).orElseThrow();
    }

    @AfterEach
    void close() throws Exception {
        DesktopTestSupport.closeAllWindows();
    }

    static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    ChatViewModel screenModel(FxRobot robot) {
        return (ChatViewModel) robot.lookup("#screen-chat").query().getProperties().get(ChatViewModel.class);
    }

    static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pasteSuggestInsertFillBlockFixSendAndSeeItLogged(FxRobot robot) throws Exception {
        robot.clickOn("#nav-chat");
        robot.clickOn("#buyerInput").write("杯子收到就碎了！！你们怎么包装的，气死我了");
        robot.clickOn("#addBuyerMessage");
        waitFor(() -> robot.lookup("#suggestion3").tryQuery().isPresent());
        ListView<ChatMessage> list = robot.lookup("#messageList").queryListView();
        assertThat(list.getItems()).singleElement().extracting(ChatMessage::role).isEqualTo(Role.BUYER);
        assertThat(robot.lookup("#categoryChips .category-chip").queryLabeled().getText()).startsWith("运输破损");
        String first = robot.lookup("#suggestion1 .suggestion-text").queryAs(Label.class).getText();
        assertThat(robot.lookup("#suggestion1 .suggestion-reason").queryAs(Label.class).getText())
                .startsWith("推荐理由：");

        TextArea composer = robot.lookup("#composer").queryAs(TextArea.class);
        robot.clickOn("#composer");
        ctrl(robot, KeyCode.DIGIT1);
        assertThat(composer.getText()).isEqualTo(first);
        assertThat(robot.lookup("#screen-chat").tryQuery()).isPresent(); // Ctrl+1 stayed in the composer

        // stack a second script by its short code; it has several placeholders
        robot.interact(() -> composer.positionCaret(composer.getLength()));
        robot.write("/psgj");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(composer.getText()).contains("{商品}").contains("{运单号}").doesNotContain("/psgj");

        // Tab from the start goes to the first unfilled placeholder; typing fills it
        robot.interact(() -> composer.positionCaret(0));
        robot.type(KeyCode.TAB);
        String firstPlaceholder = composer.getSelectedText();
        assertThat(firstPlaceholder).matches(Placeholders.PATTERN.pattern());
        robot.write("小雨");
        assertThat(composer.getText()).contains("小雨");
        int before = Placeholders.find(composer.getText()).size();
        assertThat(before).isPositive();

        // sending with a placeholder left is blocked, the placeholder is selected and explained
        robot.clickOn("#sendReply");
        waitFor(() -> robot.lookup("#finding1").tryQuery().isPresent());
        assertThat(robot.lookup("#finding1").queryAs(VBox.class).getStyleClass()).contains("finding-BLOCK");
        assertThat(composer.getSelectedText()).matches(Placeholders.PATTERN.pattern());
        assertThat(list.getItems()).hasSize(1);

        // fix every placeholder left: Tab to it, type
        robot.clickOn("#composer");
        while (!Placeholders.find(composer.getText()).isEmpty()) {
            robot.interact(() -> composer.positionCaret(0));
            robot.type(KeyCode.TAB);
            String name = composer.getSelectedText();
            robot.write(name.contains("运单号") ? "SF1234567890" : name.contains("商品") ? "陶瓷杯" : "小雨");
        }
        String reply = composer.getText().strip();
        ctrl(robot, KeyCode.ENTER);
        waitFor(() -> list.getItems().size() == 2 || robot.lookup("#confirmDialog").tryQuery().isPresent());
        if (robot.lookup("#confirmDialog").tryQuery().isPresent()) {
            // a warning (not a block) only asks for a confirmation
            assertThat(screenModel(robot).findings()).isNotEmpty()
                    .allMatch(i -> i.severity() != com.afterdesk.chat.ChatAssist.Severity.BLOCK);
            robot.clickOn(robot.lookup("#confirmDialog .button").match(
                    (Button b) -> b.getText().equals("是")).queryButton());
        }
        waitFor(() -> list.getItems().size() == 2);
        assertThat(list.getItems().get(1).role()).isEqualTo(Role.AGENT);
        assertThat(list.getItems().get(1).text()).isEqualTo(reply);
        assertThat(list.getItems().get(1).scriptId()).isNotNull();
        assertThat(composer.getText()).isEmpty();
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
        assertThat(clip[0]).isEqualTo(reply);
        assertThat(robot.lookup(".bubble-agent").tryQuery()).isPresent();
        // the sent reply fed the script statistics
        String used = list.getItems().get(1).scriptId();
        assertThat(session.backend().scripts().usage(used).timesUsed()).isEqualTo(1);
    }

    @Test
    void aSecondMatterIsShownAnsweredAndRecordedWithTheNewCase(FxRobot robot) throws Exception {
        robot.clickOn("#nav-chat");
        robot.clickOn("#buyerInput").write("快递慢了一个礼拜我也就忍了，打开一看杯子还碎了两个");
        robot.clickOn("#addBuyerMessage");
        waitFor(() -> robot.lookup("#categoryChips .also-chip").tryQuery().isPresent());
        assertThat(robot.lookup("#categoryChips .category-chip").queryLabeled().getText()).startsWith("运输破损");
        assertThat(robot.lookup("#categoryChips .also-chip").queryLabeled().getText()).isEqualTo("可能还提到：物流慢/未更新");
        // one of the suggestions answers the delay, and says so
        assertThat(robot.lookup(".suggestion-reason").queryAllAs(Label.class)).anySatisfy(l ->
                assertThat(l.getText()).contains("物流慢/未更新").contains("回应买家可能还提到的另一件事"));

        robot.clickOn("#newCaseFromMessage");
        waitFor(() -> robot.lookup("#newCaseAlso-LOGISTICS_DELAY").tryQuery().isPresent());
        // offered, not assumed: the agent ticks what the buyer really raised
        assertThat(robot.lookup("#newCaseAlso-LOGISTICS_DELAY").queryAs(javafx.scene.control.CheckBox.class)
                .isSelected()).isFalse();
        robot.clickOn("#newCaseAlso-LOGISTICS_DELAY");
        robot.clickOn("#newCaseOrderNo").write("2026112400009");
        robot.clickOn(robot.lookup("#newCaseDialog .button").match((Button b) -> b.getText().equals("新建"))
                .queryButton());
        waitFor(() -> session.backend().cases().count() == 1);
        long caseId = session.backend().cases().log(new com.afterdesk.cases.CaseLogQuery(java.util.Set.of(),
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), null, null, 0, 10)).rows().get(0).caseId();
        var record = session.backend().cases().record(caseId);
        assertThat(record.category()).isEqualTo(com.afterdesk.domain.Category.DAMAGED);
        assertThat(record.secondaryCategories()).containsExactly(com.afterdesk.domain.Category.LOGISTICS_DELAY);
    }

    @Test
    void aSecondMatterSentAsItsOwnMessageIsFlaggedToo(FxRobot robot) throws Exception {
        robot.clickOn("#nav-chat");
        robot.clickOn("#buyerInput").write("快递慢了一个礼拜");
        robot.clickOn("#addBuyerMessage");
        waitFor(() -> robot.lookup("#categoryChips .category-chip").tryQuery().map(n -> ((javafx.scene.control.Labeled) n).getText())
                .filter(t -> t.startsWith("物流慢/未更新")).isPresent());
        assertThat(robot.lookup("#categoryChips .also-chip").tryQuery()).isEmpty();
        robot.clickOn("#buyerInput").write("打开一看杯子还碎了两个");
        robot.clickOn("#addBuyerMessage");
        // the two messages are read together, and each one on its own as well
        waitFor(() -> robot.lookup("#categoryChips .also-chip").tryQuery().isPresent());
        assertThat(robot.lookup("#categoryChips .category-chip").queryLabeled().getText()).startsWith("运输破损");
        assertThat(robot.lookup("#categoryChips .also-chip").queryLabeled().getText()).isEqualTo("可能还提到：物流慢/未更新");
    }
}
