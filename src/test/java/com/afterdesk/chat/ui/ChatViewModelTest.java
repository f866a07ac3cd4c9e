package com.afterdesk.chat.ui;

import com.afterdesk.common.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.chat.ChatAssist;
import com.afterdesk.chat.ChatMessage;
import com.afterdesk.chat.ChatService;
import com.afterdesk.chat.Composer;
import com.afterdesk.chat.ConversationRepository;
import com.afterdesk.chat.FakeAssist;
import com.afterdesk.chat.MessageSource;
import com.afterdesk.chat.Role;
import com.afterdesk.common.Messages;
import com.afterdesk.common.SameThreadTaskRunner;
import com.afterdesk.domain.Category;
import com.afterdesk.storage.DataFolder;
import com.afterdesk.storage.Database;
import com.afterdesk.storage.SettingsStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chat pane's behaviour without a window. */
class ChatViewModelTest {

    /** A clock the test moves by hand. */
    @TempDir
    Path home;
    Database db;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:15:00Z"), ZoneId.of("Asia/Shanghai"));
    final FakeAssist assist = new FakeAssist();
    final List<String> clipboard = new ArrayList<>();
    ChatService service;
    ChatViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(home), clock);
        service = new ChatService(new ConversationRepository(db), new SettingsStore(db, clock), clock,
                home.resolve("attachments"));
        vm = new ChatViewModel(service, assist, new SameThreadTaskRunner(), Messages.forLocale(Messages.CHINESE),
                clipboard::add);
        vm.refresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Sends and returns how it ended (the runner here works on the calling thread). */
    ChatViewModel.SendResult send(boolean confirmed) {
        List<ChatViewModel.SendResult> result = new ArrayList<>();
        vm.send(confirmed, result::add);
        assertThat(result).hasSize(1);
        return result.get(0);
    }

    @Test
    void theChecksRunInTheBackgroundAndASecondPressWaitsForThem() {
        List<Runnable> held = new ArrayList<>();
        com.afterdesk.common.TaskRunner later = new com.afterdesk.common.TaskRunner() {
            @Override
            public <T> void run(String name, Work<T> work, java.util.function.Consumer<? super T> onSuccess,
                                java.util.function.Consumer<? super Throwable> onFailure) {
                held.add(() -> {
                    try {
                        onSuccess.accept(work.call(Progress.NONE));
                    } catch (Exception e) {
                        onFailure.accept(e);
                    }
                });
            }
        };
        ChatViewModel slow = new ChatViewModel(service, assist, later, Messages.forLocale(Messages.CHINESE),
                clipboard::add);
        slow.buyerInputProperty().set("在吗");
        slow.addBuyerMessage();
        held.remove(0).run(); // the message is saved
        held.clear(); // suggestions are not needed here
        slow.composerTextProperty().set("在的亲，请问有什么可以帮您");
        List<ChatViewModel.SendResult> results = new ArrayList<>();
        slow.send(false, results::add);
        slow.send(false, results::add); // pressed twice while the first is still being checked
        assertThat(held).hasSize(1);
        assertThat(results).isEmpty();
        assertThat(clipboard).isEmpty();

        held.remove(0).run(); // the checks come back clean: copied, then logged in the background
        assertThat(results).containsExactly(ChatViewModel.SendResult.SENT);
        assertThat(clipboard).containsExactly("在的亲，请问有什么可以帮您");
        held.remove(0).run();
        assertThat(held).isEmpty();
        assertThat(service.messages(slow.selectedProperty().get().conversation().id()))
                .extracting(ChatMessage::role).containsExactly(Role.BUYER, Role.AGENT);
    }

    void pasteBuyerMessage(String text) {
        vm.buyerInputProperty().set(text);
        vm.addBuyerMessage();
    }

    @Test
    void aPastedMessageStartsAConversationAndBringsSuggestions() {
        vm.newBuyerNickProperty().set("tb_小雨");
        pasteBuyerMessage("杯子碎了！！");
        assertThat(vm.buyerInputProperty().get()).isEmpty();
        assertThat(vm.conversations()).hasSize(1);
        assertThat(vm.selectedProperty().get().conversation().buyerNick()).isEqualTo("tb_小雨");
        assertThat(vm.messages()).extracting(ChatMessage::text).containsExactly("杯子碎了！！");
        assertThat(vm.messages().get(0).sentAt()).isEqualTo(clock.instant());
        assertThat(assist.advised).containsExactly("杯子碎了！！");
        assertThat(vm.suggestions()).hasSize(3);
        assertThat(vm.adviceProperty().get().topCategory()).contains(Category.DAMAGED);
    }

    @Test
    void aCorrectedMoodIsRememberedForTheMessageAndItsConversation() {
        pasteBuyerMessage("发货了吗");
        pasteBuyerMessage("都第五天了");
        assertThat(vm.adviceProperty().get().emotion()).isEqualTo(com.afterdesk.domain.Emotion.UPSET);
        vm.correctEmotion(com.afterdesk.domain.Emotion.ANGRY);
        // the latest message on its own and read with the earlier one, as the advice reads it
        assertThat(assist.corrected).containsEntry("都第五天了", com.afterdesk.domain.Emotion.ANGRY)
                .containsEntry(assist.advised.get(assist.advised.size() - 1), com.afterdesk.domain.Emotion.ANGRY);
        assertThat(vm.adviceProperty().get().emotion()).isEqualTo(com.afterdesk.domain.Emotion.ANGRY);
        assertThat(vm.noticeProperty().get()).contains("愤怒");
    }

    @Test
    void aBlankMessageIsRefusedAndNothingIsLost() {
        pasteBuyerMessage("   ");
        assertThat(vm.errorProperty().get()).isEqualTo("消息是空的，没有添加");
        assertThat(vm.conversations()).isEmpty();
    }

    @Test
    void insertingFillsTheBuyerAndSendingIsBlockedUntilEveryPlaceholderIsFilled() {
        vm.newBuyerNickProperty().set("tb_小雨");
        pasteBuyerMessage("杯子碎了");
        Composer.Edit first = vm.insertSuggestion(1, 0).orElseThrow();
        assertThat(first.text()).isEqualTo("亲，tb_小雨您好，非常抱歉商品破损了。");
        Composer.Edit second = vm.insertSuggestion(2, first.selectEnd()).orElseThrow();
        assertThat(second.text()).endsWith("麻烦拍一下{破损部位}的照片发给我。");
        assertThat(send(false)).isEqualTo(ChatViewModel.SendResult.BLOCKED);
        assertThat(vm.findings()).singleElement().satisfies(f -> assertThat(f.severity())
                .isEqualTo(ChatAssist.Severity.BLOCK));
        assertThat(clipboard).isEmpty();
        assertThat(vm.messages()).hasSize(1);

        String fixed = second.text().replace("{破损部位}", "杯口");
        vm.composerTextProperty().set(fixed);
        assertThat(send(false)).isEqualTo(ChatViewModel.SendResult.SENT);
        assertThat(clipboard).containsExactly(fixed);
        assertThat(vm.composerTextProperty().get()).isEmpty();
        assertThat(vm.messages()).extracting(ChatMessage::role).containsExactly(Role.BUYER, Role.AGENT);
        ChatMessage reply = vm.messages().get(1);
        assertThat(reply.scriptId()).isEqualTo(FakeAssist.SORRY.id());
        assertThat(reply.editRatio()).isGreaterThan(0).isLessThan(0.2);
        assertThat(assist.sent).singleElement().satisfies(call -> {
            assertThat(call[0]).isEqualTo("杯子碎了");
            assertThat(call[1]).isEqualTo(List.of(FakeAssist.SORRY.id(), FakeAssist.PHOTO.id()));
            assertThat(call[2]).isEqualTo(true);
        });
    }

    @Test
    void warningsNeedAConfirmAndRewritesReplaceTheSpan() {
        pasteBuyerMessage("能便宜点吗");
        vm.composerTextProperty().set("这是最好的价格了");
        assertThat(send(false)).isEqualTo(ChatViewModel.SendResult.NEEDS_CONFIRM);
        assertThat(clipboard).isEmpty();
        ChatAssist.Issue warn = vm.findings().get(0);
        vm.applyRewrite(warn);
        assertThat(vm.composerTextProperty().get()).isEqualTo("这是很好的价格了");
        vm.composerTextProperty().set("这是最好的价格了");
        assertThat(send(true)).isEqualTo(ChatViewModel.SendResult.SENT);
        assertThat(clipboard).containsExactly("这是最好的价格了");
        assertThat(vm.messages().get(1).scriptId()).isNull();
        assertThat(assist.sent).isEmpty();
    }

    @Test
    void aShortCodeIsExpandedAndTabFindsThePlaceholder() {
        pasteBuyerMessage("碎了");
        vm.composerTextProperty().set("/pz");
        Composer.Edit e = vm.expandCode(3).orElseThrow();
        assertThat(e.text()).isEqualTo("麻烦拍一下{破损部位}的照片发给我。");
        assertThat(vm.nextPlaceholder(0).orElseThrow().selectStart()).isEqualTo(5);
    }

    @Test
    void theClipboardWatchAddsNewCopiesIgnoresOurOwnRepliesAndCanBeUndone() {
        vm.newBuyerNickProperty().set("阿强");
        pasteBuyerMessage("在吗");
        vm.onClipboardText("早就在剪贴板里的东西");
        assertThat(vm.messages()).hasSize(1); // watch is off
        vm.clipboardWatchProperty().set(true);
        vm.onClipboardText("早就在剪贴板里的东西"); // what was there when the watch was switched on
        assertThat(vm.messages()).hasSize(1);
        vm.onClipboardText("快递三天没动了");
        assertThat(vm.messages()).extracting(ChatMessage::text).containsExactly("在吗", "快递三天没动了");
        assertThat(vm.messages().get(1).source()).isEqualTo(MessageSource.CLIPBOARD);
        assertThat(vm.lastClipboardMessageProperty().get()).isNotNull();
        vm.onClipboardText("快递三天没动了"); // the same copy polled again
        assertThat(vm.messages()).hasSize(2);

        vm.undoClipboard();
        assertThat(vm.messages()).extracting(ChatMessage::text).containsExactly("在吗");
        assertThat(service.messages(vm.selectedProperty().get().conversation().id())).hasSize(1);

        vm.composerTextProperty().set("亲，我帮您查一下");
        send(false);
        vm.onClipboardText("亲，我帮您查一下"); // our own reply on the clipboard
        assertThat(vm.messages()).extracting(ChatMessage::role).containsExactly(Role.BUYER, Role.AGENT);
    }

    @Test
    void aWaitingBuyerIsOverdueAfterTheThreshold() {
        pasteBuyerMessage("在吗");
        ChatMessage m = vm.messages().get(0);
        clock.advance(Duration.ofSeconds(100));
        vm.tick();
        assertThat(vm.overdue(m)).isFalse();
        assertThat(vm.overdue(vm.conversations().get(0))).isFalse();
        clock.advance(Duration.ofSeconds(1));
        vm.tick();
        assertThat(vm.overdue(m)).isTrue();
        assertThat(vm.overdue(vm.conversations().get(0))).isTrue();
        vm.composerTextProperty().set("在的亲");
        send(false);
        assertThat(vm.overdue(m)).isFalse();
        assertThat(vm.overdue(vm.conversations().get(0))).isFalse();
    }

    @Test
    void theThresholdIsASetting() {
        service.setWaitingThreshold(Duration.ofSeconds(30));
        vm.refresh();
        assertThat(vm.waitingThresholdProperty().get()).isEqualTo(Duration.ofSeconds(30));
    }

    /** Lets the fake open real cases, so the conversation can refer to them. */
    private com.afterdesk.cases.CaseService realCases() {
        var cases = new com.afterdesk.cases.CaseService(db, DataFolder.open(home), clock,
                new com.afterdesk.deadlines.RuleBook(db, clock), new SettingsStore(db, clock));
        assist.caseOpener = orderNo -> cases.create(com.afterdesk.cases.NewCase.of(
                com.afterdesk.domain.Platform.TAOBAO, com.afterdesk.deadlines.RequestType.NONE, orderNo), "agent").id();
        return cases;
    }

    @Test
    void aMessageWithoutACaseOffersANewCaseWithTheDetectedCategory() {
        var cases = realCases();
        pasteBuyerMessage("杯子碎了");
        assertThat(vm.canOpenCaseProperty().get()).isTrue();
        assertThat(vm.suggestedCategory()).isEqualTo(Category.DAMAGED);
        vm.openCase(vm.suggestedCategory(), java.util.Set.of(), "2026112400001");
        assertThat(assist.opened).containsExactly(Category.DAMAGED);
        long caseId = vm.selectedProperty().get().conversation().caseId();
        assertThat(cases.record(caseId).orderNo()).isEqualTo("2026112400001");
        assertThat(vm.canOpenCaseProperty().get()).isFalse();
    }

    @Test
    void aNewCaseRecordsTheFurtherMattersTheAgentKept() {
        realCases();
        assist.alsoAbout = List.of(Category.LOGISTICS_DELAY);
        pasteBuyerMessage("快递慢就算了，杯子还碎了");
        assertThat(vm.suggestedAlsoAbout()).containsExactly(Category.LOGISTICS_DELAY);
        vm.openCase(vm.suggestedCategory(), java.util.Set.of(Category.LOGISTICS_DELAY), "2026112400003");
        assertThat(assist.openedAlso).containsExactly(java.util.Set.of(Category.LOGISTICS_DELAY));
    }

    @Test
    void picturesTheBuyerSentAreCopiedAsEvidence() throws Exception {
        Path photo = home.resolve("破损 照片.jpg");
        java.nio.file.Files.write(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        vm.pendingEvidence().add(photo);
        pasteBuyerMessage("");
        ChatMessage m = vm.messages().get(0);
        assertThat(m.text()).isEqualTo(ChatService.IMAGE_ONLY_TEXT);
        assertThat(m.evidence()).singleElement().satisfies(name -> {
            assertThat(name).startsWith("chat/" + m.conversationId() + "/").endsWith("破损_照片.jpg");
            assertThat(service.attachments().resolve(name)).hasBinaryContent(java.nio.file.Files.readAllBytes(photo));
        });
        assertThat(vm.pendingEvidence()).isEmpty();
        assertThat(service.messages(m.conversationId()).get(0).evidence()).isEqualTo(m.evidence());
    }

    @Test
    void aFileThatIsNotAPictureIsRefusedAndTheTextIsKept() throws Exception {
        Path notes = home.resolve("notes.txt");
        java.nio.file.Files.writeString(notes, "x");
        vm.pendingEvidence().add(notes);
        pasteBuyerMessage("看图");
        assertThat(vm.errorProperty().get()).contains("notes.txt").contains("不是图片");
        assertThat(vm.buyerInputProperty().get()).isEqualTo("看图");
        assertThat(vm.pendingEvidence()).containsExactly(notes);
        assertThat(service.conversations()).isEmpty(); // no empty conversation left behind
        assertThat(vm.messages()).isEmpty();
    }

    @Test
    void suggestionsKnowWhereTheConversationStands() throws Exception {
        pasteBuyerMessage("杯子碎了");
        assertThat(assist.contexts.get(0)).isEqualTo(ChatAssist.StageContext.FIRST_REPLY);
        vm.insertSuggestion(2, 0); // the ASK script: please send a photo
        vm.composerTextProperty().set(vm.composerTextProperty().get().replace("{破损部位}", "杯口"));
        assertThat(send(false)).isEqualTo(ChatViewModel.SendResult.SENT);
        Path photo = home.resolve("cup.png");
        java.nio.file.Files.write(photo, new byte[] {1, 2, 3});
        vm.pendingEvidence().add(photo);
        pasteBuyerMessage("拍好了");
        ChatAssist.StageContext after = assist.contexts.get(assist.contexts.size() - 1);
        assertThat(after.firstReply()).isFalse();
        assertThat(after.previousStage()).isEqualTo(com.afterdesk.domain.Stage.ASK);
        assertThat(after.evidenceRequested()).isTrue();
        assertThat(after.evidenceReceived()).isTrue();
    }

    @Test
    void openCasesWithoutAChatAreListedAndOpeningOneStartsItsConversation() {
        var cases = new com.afterdesk.cases.CaseService(db, DataFolder.open(home), clock,
                new com.afterdesk.deadlines.RuleBook(db, clock), new SettingsStore(db, clock));
        long caseId = cases.create(com.afterdesk.cases.NewCase.of(com.afterdesk.domain.Platform.JD,
                com.afterdesk.deadlines.RequestType.NONE, "JD-778899").withBuyer("jd_老周"), "agent").id();
        assist.openCases.add(new ChatAssist.OpenCase(caseId, com.afterdesk.domain.Platform.JD, "jd_老周", "JD-778899",
                clock.instant()));
        vm.refresh();
        assertThat(vm.conversations()).singleElement().satisfies(s -> {
            assertThat(s.conversation().caseId()).isEqualTo(caseId);
            assertThat(s.messageCount()).isZero();
        });
        vm.select(vm.conversations().get(0));
        assertThat(service.conversations()).singleElement().satisfies(s -> {
            assertThat(s.conversation().caseId()).isEqualTo(caseId);
            assertThat(s.conversation().buyerNick()).isEqualTo("jd_老周");
        });
        assertThat(vm.selectedProperty().get().conversation().id()).isPositive();
        assertThat(vm.conversations()).hasSize(1); // the case is not listed twice
        pasteBuyerMessage("什么时候发货");
        assertThat(vm.messages()).hasSize(1);
        assertThat(vm.canOpenCaseProperty().get()).isFalse(); // it already has its case
    }

    @Test
    void theShopAndAgentNamesFromTheSettingsFillTheirPlaceholders() {
        service.setNames(" 小雨杂货铺 ", "小王");
        vm.newBuyerNickProperty().set("tb_阿花");
        pasteBuyerMessage("在吗");
        assertThat(vm.placeholderValues()).containsEntry("客服", "小王").containsEntry("买家", "tb_阿花")
                .containsEntry("店铺", "小雨杂货铺"); // the fake's case shop wins, it is the same name here
        service.setNames("", "");
        assertThat(service.defaultPlaceholderValues()).isEmpty();
    }

    @Test
    void aTranscriptImportSelectsTheConversationAndABadFileChangesNothing() throws Exception {
        Path good = home.resolve("im-export.txt");
        Path bad = home.resolve("malformed-date.txt");
        for (Path p : List.of(good, bad)) {
            try (var in = getClass().getResourceAsStream("/transcripts/" + p.getFileName())) {
                java.nio.file.Files.write(p, in.readAllBytes());
            }
        }
        vm.importTranscript(bad);
        assertThat(vm.errorProperty().get()).contains("第 3 行").contains("没有导入任何消息");
        assertThat(service.conversations()).isEmpty();
        vm.importTranscript(good);
        assertThat(vm.noticeProperty().get()).isEqualTo("已导入 4 条消息，跳过 0 条已有消息");
        assertThat(vm.selectedProperty().get().conversation().buyerNick()).isEqualTo("tb_小雨2026");
        assertThat(vm.messages()).hasSize(4);
        assertThat(vm.errorProperty().get()).isEmpty();
    }
}
