package com.afterdesk.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.chat.ChatMessage;
import com.afterdesk.chat.ChatService;
import com.afterdesk.chat.ConversationRepository;
import com.afterdesk.chat.FakeAssist;
import com.afterdesk.chat.Role;
import com.afterdesk.common.Messages;
import com.afterdesk.common.SameThreadTaskRunner;
import com.afterdesk.storage.DataFolder;
import com.afterdesk.storage.Database;
import com.afterdesk.storage.SettingsStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
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

/** The chat pane on its own, driven by keyboard and mouse, with the other features replaced by a fake. */
@ExtendWith(ApplicationExtension.class)
class ChatPaneTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T02:15:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    static Path folders;
    static int count;
    Database db;
    ChatScreen screen;
    FakeAssist assist = new FakeAssist();

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheet());
        DataFolder folder = DataFolder.open(folders.resolve("home-" + (++count)));
        db = Database.open(folder, CLOCK);
        ChatService service = new ChatService(new ConversationRepository(db), new SettingsStore(db, CLOCK), CLOCK,
                folder.attachments());
        screen = new ChatScreen(service, assist, new SameThreadTaskRunner(), Messages.forLocale(Messages.CHINESE));
        stage.setScene(new Scene(new VBox(screen.view()), 1200, 760));
        VBox.setVgrow(screen.view(), javafx.scene.layout.Priority.ALWAYS);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (var w : java.util.List.copyOf(javafx.stage.Window.getWindows())) {
                if (w instanceof Stage s) {
                    s.close();
                }
            }
        }).get();
        db.close();
    }

    TextArea composer(FxRobot robot) {
        return robot.lookup("#composer").queryAs(TextArea.class);
    }

    @Test
    void pasteSuggestInsertFillBlockFixSend(FxRobot robot) throws Exception {
        robot.clickOn("#buyerInput").write("杯子碎了，太气人了");
        robot.clickOn("#addBuyerMessage");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#suggestion1").tryQuery()).isPresent();
        assertThat(robot.lookup("#suggestion3").tryQuery()).isPresent();
        assertThat(robot.lookup("#categoryChips .category-chip").queryLabeled().getText()).startsWith("运输破损");
        // only categories that matter are shown: no "0.00" noise beside the best one
        assertThat(robot.lookup("#categoryChips .category-chip").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).noneMatch(t -> t.endsWith(" 0.00"))
                .noneMatch(t -> t.endsWith(" 0.01"));

        robot.clickOn("#composer");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea composer = composer(robot);
        assertThat(composer.getText()).isEqualTo("亲，{买家}您好，非常抱歉商品破损了。\n麻烦拍一下{破损部位}的照片发给我。");

        // Tab from the start selects the first unfilled placeholder; typing replaces it
        robot.interact(() -> composer.positionCaret(0));
        robot.type(KeyCode.TAB);
        assertThat(composer.getSelectedText()).isEqualTo("{买家}");
        robot.write("小雨");
        assertThat(composer.getText()).startsWith("亲，小雨您好");

        robot.clickOn("#sendReply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#finding1").tryQuery()).isPresent();
        assertThat(composer.getSelectedText()).isEqualTo("{破损部位}");
        assertThat(screen.model().messages()).hasSize(1);

        robot.write("杯口");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String sent = "亲，小雨您好，非常抱歉商品破损了。\n麻烦拍一下杯口的照片发给我。";
        assertThat(robot.lookup("#finding1").tryQuery()).isEmpty();
        assertThat(composer.getText()).isEmpty();
        String[] onClipboard = new String[1];
        robot.interact(() -> onClipboard[0] = Clipboard.getSystemClipboard().getString());
        assertThat(onClipboard[0]).isEqualTo(sent);
        ListView<ChatMessage> list = robot.lookup("#messageList").queryListView();
        assertThat(list.getItems()).extracting(ChatMessage::role).containsExactly(Role.BUYER, Role.AGENT);
        assertThat(list.getItems().get(1).text()).isEqualTo(sent);
        assertThat(robot.lookup(".bubble-agent").tryQuery()).isPresent();
    }

    @Test
    void theAgentCorrectsTheBuyersMoodAndTheSuggestionsFollow(FxRobot robot) {
        robot.clickOn("#buyerInput").write("杯子碎了");
        robot.clickOn("#addBuyerMessage");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#emotionLabel").queryLabeled().getText()).isEqualTo("买家情绪：不满");
        robot.clickOn("#emotionCorrect");
        robot.clickOn("愤怒");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(assist.corrected).containsEntry("杯子碎了", com.afterdesk.domain.Emotion.ANGRY);
        assertThat(robot.lookup("#emotionLabel").queryLabeled().getText()).isEqualTo("买家情绪：愤怒");
        assertThat(assist.advised).hasSize(2); // the suggestions were asked again with the correction
    }

    @Test
    void aShortCodeAndSpaceInsertTheScript(FxRobot robot) {
        robot.clickOn("#buyerInput").write("碎了");
        robot.clickOn("#addBuyerMessage");
        robot.clickOn("#composer").write("/bf");
        robot.type(KeyCode.SPACE);
        assertThat(composer(robot).getText()).isEqualTo("我马上给您补发一个新的。");
    }

    @Test
    void theClipboardWatchPicksUpCopiesAndOneClickUndoes(FxRobot robot) throws Exception {
        robot.clickOn("#newBuyerNick").write("阿强");
        robot.clickOn("#buyerInput").write("在吗");
        robot.clickOn("#addBuyerMessage");
        robot.clickOn("#clipboardWatch");
        assertThat(robot.lookup("#clipboardIndicator").query().isVisible()).isTrue();
        robot.interact(() -> ChatScreen.copyToClipboard("快递三天没动了"));
        String[] probe = new String[1];
        robot.interact(() -> probe[0] = Clipboard.getSystemClipboard().getString());
        assertThat(probe[0]).isEqualTo("快递三天没动了");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> screen.model().messages().size() == 2);
        assertThat(screen.model().messages().get(1).text()).isEqualTo("快递三天没动了");
        robot.clickOn("#undoClipboard");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.model().messages()).hasSize(1);
        assertThat(robot.lookup("#undoClipboard").query().isVisible()).isFalse();
    }

    @Test
    void aWarningAsksFirstAndOneClickRewritesTheWording(FxRobot robot) {
        robot.clickOn("#buyerInput").write("能便宜点吗");
        robot.clickOn("#addBuyerMessage");
        robot.clickOn("#composer").write("这是最好的价格了");
        robot.clickOn("#sendReply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#confirmDialog").tryQuery()).isPresent();
        robot.clickOn(robot.lookup("#confirmDialog .button").match(
                (javafx.scene.control.Button b) -> b.getText().equals("否")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.model().messages()).hasSize(1);
        assertThat(robot.lookup("#finding1").queryAs(VBox.class).getStyleClass()).contains("finding-WARN");
        robot.clickOn("#rewrite1");
        assertThat(composer(robot).getText()).isEqualTo("这是很好的价格了");
        assertThat(robot.lookup("#finding1").tryQuery()).isEmpty();
        robot.clickOn("#sendReply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.model().messages()).extracting(ChatMessage::text).containsExactly("能便宜点吗",
                "这是很好的价格了");
    }
}
