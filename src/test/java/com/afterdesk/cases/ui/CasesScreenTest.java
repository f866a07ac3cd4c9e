package com.afterdesk.cases.ui;

import com.afterdesk.common.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.app.DesktopSession;
import com.afterdesk.app.DesktopTestSupport;
import com.afterdesk.backend.Backend;
import com.afterdesk.cases.CaseLogRow;
import com.afterdesk.cases.HistoryEntry;
import com.afterdesk.cases.NewCase;
import com.afterdesk.deadlines.RequestType;
import com.afterdesk.deadlines.ui.RulesViewModel;
import com.afterdesk.domain.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The case log in the real window, driven as a user would, on a clock the test moves. */
@ExtendWith(ApplicationExtension.class)
class CasesScreenTest {

    static final Instant START = Instant.parse("2026-11-24T08:00:00Z");

    @TempDir
    static Path folders;
    private static int count;

    private Path home;
    private MutableClock clock;
    private DesktopSession session;

    @Start
    void start(Stage stage) {
        home = folders.resolve("home-" + (++count));
        clock = new MutableClock(START);
        session = DesktopSession.start(stage, new DesktopSession.Options(home, clock, Locale.CHINA, () -> { }))
                .orElseThrow();
    }

    @AfterEach
    void closeWindows() throws Exception {
        DesktopTestSupport.closeAllWindows();
    }

    private Backend backend() {
        return session.backend();
    }

    @SuppressWarnings("unchecked")
    private TableView<CaseLogRow> table(FxRobot robot) {
        return robot.lookup("#caseTable").queryAs(TableView.class);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    @SuppressWarnings("unchecked")
    private TickingCell countdownCell(FxRobot robot, String order) {
        return robot.lookup(".countdown-cell").match(n -> n instanceof TickingCell c && c.getItem() != null
                && ((TableCell<CaseLogRow, CaseLogRow>) c).getItem().orderNo().equals(order)).query();
    }

    @SuppressWarnings("unchecked")
    private static TableCell<CaseLogRow, CaseLogRow> categoryCell(FxRobot robot, String order) {
        return (TableCell<CaseLogRow, CaseLogRow>) robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c
                && c.getTableColumn() != null && "colCategory".equals(c.getTableColumn().getId())
                && c.getItem() instanceof CaseLogRow r && r.orderNo().equals(order)).query();
    }

    /** Waits until the countdown cell of an order is on screen and satisfies the check. */
    private void waitForCell(FxRobot robot, String order, java.util.function.Predicate<TickingCell> check)
            throws Exception {
        waitFor(() -> {
            try {
                return check.test(countdownCell(robot, order));
            } catch (RuntimeException e) {
                return false; // not laid out yet
            }
        });
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aCaseCreatedWithTheKeyboardAloneAppearsWithItsCountdown(FxRobot robot) throws Exception {
        robot.clickOn("#caseTable");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#newCaseOrder").tryQuery().map(Node::isFocused).orElse(false));
        // headless Monocle sends keys to the window it last saw clicked: one click on the already focused
        // field hands the keyboard to the dialog; everything after is typed
        robot.clickOn("#newCaseOrder");
        robot.write("TB20261124001");
        robot.type(KeyCode.TAB).write("xiaoyu");
        robot.type(KeyCode.TAB).write("cup 500ml");
        robot.type(KeyCode.TAB).write("59.90");
        robot.type(KeyCode.TAB).write("6");
        robot.type(KeyCode.ENTER);
        waitFor(() -> backend().cases().count() == 1);
        waitFor(() -> robot.lookup("#newCaseDialog").tryQuery().isEmpty());
        waitFor(() -> table(robot).getItems().size() == 1);
        CaseLogRow row = table(robot).getItems().get(0);
        assertThat(row.orderNo()).isEqualTo("TB20261124001");
        assertThat(row.buyerNick()).isEqualTo("xiaoyu");
        assertThat(row.amountFen()).isEqualTo(5990);
        // refund only, not shipped (the defaults): the seller has 24 h
        waitForCell(robot, "TB20261124001", c -> "1天0小时".equals(c.getText()));
        clock.advance(Duration.ofSeconds(65));
        waitForCell(robot, "TB20261124001", c -> "23:58:55".equals(c.getText()));
        assertThat(countdownCell(robot, "TB20261124001").getTooltip().getText())
                .contains("2026-11-25 16:00").contains("到时自动退款");
        // the new case is open in the case view
        waitFor(() -> robot.lookup("#detailState").tryQuery().isPresent());
        assertThat(text(robot, "#detailState")).isEqualTo("已申请");
    }

    @Test
    void badInputInTheFormIsShownBesideTheFieldAndNothingIsSaved(FxRobot robot) throws Exception {
        robot.clickOn("#newCase");
        waitFor(() -> robot.lookup("#newCaseOrder").tryQuery().map(Node::isFocused).orElse(false));
        robot.clickOn("#newCaseOrder");
        robot.type(KeyCode.TAB, 3).write("-5");
        robot.clickOn("#newCaseOpened");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("2026-02-30 10:00");
        robot.clickOn("#newCaseSave");
        waitFor(() -> robot.lookup("#newCaseAmountError").queryAs(Label.class).isVisible());
        assertThat(text(robot, "#newCaseOrderError")).isEqualTo("请填写订单号。");
        assertThat(text(robot, "#newCaseAmountError")).isEqualTo("金额不能为负数。");
        assertThat(text(robot, "#newCaseOpenedError")).contains("2026-02-30");
        assertThat(robot.lookup("#newCaseDialog").tryQuery()).isPresent();
        assertThat(backend().cases().count()).isZero();
        assertThat(robot.lookup("#newCaseOrder").queryAs(javafx.scene.control.TextField.class).isFocused()).isTrue();
        robot.clickOn("#newCaseCancel");
    }

    @Test
    void eventsFromTheCaseViewMoveTheStateAndTheClock(FxRobot robot) throws Exception {
        backend().cases().create(NewCase.of(Platform.TAOBAO, RequestType.RETURN_REFUND, "TB-RET-1").withShipped(true)
                .withBuyer("阿青").withProduct("运动鞋", "").withMoney(29900, 0), HistoryEntry.AGENT);
        robot.clickOn("#caseRefresh");
        waitFor(() -> table(robot).getItems().size() == 1);
        waitForCell(robot, "TB-RET-1", c -> true);
        robot.clickOn(countdownCell(robot, "TB-RET-1"));
        waitFor(() -> robot.lookup("#event-SELLER_AGREED").tryQuery().isPresent());
        assertThat(text(robot, "#detailState")).isEqualTo("已申请");
        clock.advance(Duration.ofMinutes(20));
        robot.clickOn("#event-SELLER_AGREED");
        waitFor(() -> "待买家退货".equals(text(robot, "#detailState")));
        waitFor(() -> robot.lookup("#event-BUYER_SHIPPED").tryQuery().isPresent());
        assertThat(text(robot, "#detailStatus")).isEqualTo("已记录：卖家同意");
        // the log shows the buyer's 7-day ship-back clock now
        waitFor(() -> table(robot).getItems().get(0).head() != null
                && table(robot).getItems().get(0).head().kind().name().equals("BUYER_SHIP_BACK"));
        clock.advance(Duration.ofHours(6));
        robot.clickOn("#event-BUYER_SHIPPED");
        waitFor(() -> "退货在途".equals(text(robot, "#detailState")));
        waitFor(() -> table(robot).getItems().get(0).head().kind().name().equals("SELLER_CONFIRM_RECEIPT"));
        waitFor(() -> "10天0小时".equals(robot.lookup("#clockCountdown-0").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#caseHistory").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .hasSizeGreaterThanOrEqualTo(4);

        // an event before the last one is refused in place; nothing changes
        robot.clickOn("#eventTime").write("2026-11-24 16:05");
        robot.clickOn("#event-RETURN_DELIVERED");
        waitFor(() -> robot.lookup("#detailError").queryAs(Label.class).isVisible());
        assertThat(text(robot, "#detailError")).contains("早于上一个事件");
        assertThat(text(robot, "#detailState")).isEqualTo("退货在途");
    }

    @Test
    void theAgentCorrectsCategoryEmotionAndRemedyAndRecordsTheOutcomeOnceTheCaseIsDone(FxRobot robot)
            throws Exception {
        long id = backend().cases().create(NewCase.of(Platform.JD, RequestType.REFUND_ONLY, "JD-FIX-1")
                .withCategory(com.afterdesk.domain.Category.QUALITY_DEFECT, java.util.Set.of()).withMoney(5900, 0), HistoryEntry.AGENT).id();
        robot.clickOn("#caseRefresh");
        waitFor(() -> table(robot).getItems().size() == 1);
        waitForCell(robot, "JD-FIX-1", c -> true);
        robot.clickOn(countdownCell(robot, "JD-FIX-1"));
        waitFor(() -> robot.lookup("#caseCategory").tryQuery().isPresent());
        assertThat(robot.lookup("#caseOutcome").query().isDisabled()).as("no outcome while the case runs").isTrue();

        // the classifier said quality defect; the agent sees it was transport damage
        robot.interact(() -> CasesScreenTest.<com.afterdesk.domain.Category>combo(robot, "#caseCategory")
                .setValue(com.afterdesk.domain.Category.DAMAGED));
        waitFor(() -> backend().cases().record(id).category() == com.afterdesk.domain.Category.DAMAGED);
        waitFor(() -> text(robot, "#detailStatus").equals("已保存：运输破损"));
        robot.interact(() -> CasesScreenTest.<com.afterdesk.domain.Remedy>combo(robot, "#caseRemedyOffered")
                .setValue(com.afterdesk.domain.Remedy.REFUND_ONLY));
        waitFor(() -> backend().cases().record(id).remedyOffered() == com.afterdesk.domain.Remedy.REFUND_ONLY);

        robot.clickOn("#event-REFUNDED");
        waitFor(() -> !robot.lookup("#caseOutcome").query().isDisabled());
        assertThat(backend().cases().record(id).outcome()).isEqualTo(com.afterdesk.deadlines.Outcome.REFUNDED);
        assertThat(CasesScreenTest.<com.afterdesk.domain.Category>combo(robot, "#caseCategory").getValue())
                .as("the correction survives the reload").isEqualTo(com.afterdesk.domain.Category.DAMAGED);
        assertThat(backend().cases().detail(id).history()).anyMatch(h -> h.event().equals("CATEGORY"));
    }

    @Test
    void theAlsoConcernsRowNamesTheSecondaryCategoriesAndAddingOneExtendsTheChecklist(FxRobot robot)
            throws Exception {
        long id = backend().cases().create(NewCase.of(Platform.TAOBAO, RequestType.RETURN_REFUND, "TB-ALSO-1")
                .withShipped(true).withCategory(com.afterdesk.domain.Category.DAMAGED,
                        java.util.Set.of(com.afterdesk.domain.Category.THREAT_EXTORTION)), HistoryEntry.AGENT).id();
        robot.clickOn("#caseRefresh");
        waitFor(() -> table(robot).getItems().size() == 1);
        waitForCell(robot, "TB-ALSO-1", c -> true);
        // the log names the primary and counts the rest; its tooltip names them all
        assertThat(categoryCell(robot, "TB-ALSO-1").getText()).isEqualTo("运输破损 +1");
        assertThat(categoryCell(robot, "TB-ALSO-1").getTooltip().getText()).isEqualTo("运输破损（同时涉及：威胁/恶意索赔）");
        robot.clickOn(countdownCell(robot, "TB-ALSO-1"));
        waitFor(() -> robot.lookup("#caseSecondary").tryQuery().isPresent());
        assertThat(robot.lookup(".label").match(n -> "同时涉及".equals(((Label) n).getText())).tryQuery())
                .as("the row's label").isPresent();
        assertThat(chipText(robot, "THREAT_EXTORTION")).isEqualTo("威胁/恶意索赔");
        assertThat(robot.lookup("#evidence-CHAT_RECORD").tryQuery()).isPresent();
        assertThat(robot.lookup("#evidence-DEFECT_PHOTOS").tryQuery()).isEmpty();

        // the buyer also says the lid leaks: the agent adds 质量问题 through the row's menu
        reveal(robot, "#secondaryAdd");
        robot.clickOn("#secondaryAdd");
        waitFor(() -> robot.lookup("#secondaryAdd-QUALITY_DEFECT").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#secondaryAdd-QUALITY_DEFECT");
        waitFor(() -> robot.lookup("#secondary-QUALITY_DEFECT").tryQuery().isPresent());
        assertThat(chipText(robot, "QUALITY_DEFECT")).isEqualTo("质量问题");
        assertThat(chipText(robot, "THREAT_EXTORTION")).isEqualTo("威胁/恶意索赔");
        waitFor(() -> robot.lookup("#evidence-DEFECT_PHOTOS").tryQuery().isPresent());
        assertThat(robot.lookup("#evidence-DEFECT_PHOTOS").queryAs(javafx.scene.control.CheckBox.class).getText())
                .isNotBlank();
        assertThat(text(robot, "#detailStatus")).isEqualTo("已添加同时涉及：质量问题");
        assertThat(backend().cases().record(id).secondaryCategories()).containsExactlyInAnyOrder(
                com.afterdesk.domain.Category.THREAT_EXTORTION, com.afterdesk.domain.Category.QUALITY_DEFECT);
        assertThat(backend().cases().record(id).category()).isEqualTo(com.afterdesk.domain.Category.DAMAGED);
        waitFor(() -> "运输破损 +2".equals(categoryCell(robot, "TB-ALSO-1").getText()));

        // and removes the threat with the chip's cross
        reveal(robot, "#secondaryRemove-THREAT_EXTORTION");
        robot.clickOn("#secondaryRemove-THREAT_EXTORTION");
        waitFor(() -> robot.lookup("#secondary-THREAT_EXTORTION").tryQuery().isEmpty());
        waitFor(() -> robot.lookup("#evidence-CHAT_RECORD").tryQuery().isEmpty());
        assertThat(backend().cases().record(id).secondaryCategories())
                .containsExactly(com.afterdesk.domain.Category.QUALITY_DEFECT);
        // the history says what the categories became, in words
        waitFor(() -> historyLines(robot).stream().anyMatch(l -> l.endsWith("修改分类：运输破损（同时涉及：质量问题）")));
        assertThat(historyLines(robot)).anyMatch(l -> l.endsWith("修改分类：运输破损（同时涉及：质量问题、威胁/恶意索赔）"));
    }

    private static java.util.List<String> historyLines(FxRobot robot) {
        return robot.lookup("#caseHistory .history-line").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static String chipText(FxRobot robot, String category) {
        javafx.scene.layout.HBox chip = robot.lookup("#secondary-" + category).queryAs(javafx.scene.layout.HBox.class);
        return ((Label) chip.getChildren().get(0)).getText();
    }

    /** Scrolls the case view so a node of it is on screen (the handling section sits below the clocks). */
    private static void reveal(FxRobot robot, String id) throws Exception {
        javafx.scene.control.ScrollPane scroll = robot.lookup("#caseDetail")
                .queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> {
            Node node = robot.lookup(id).query();
            Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return (ComboBox<T>) robot.lookup(id).query();
    }

    @Test
    void theCountdownColourFollowsTheUrgencyAsTimePasses(FxRobot robot) throws Exception {
        backend().cases().create(NewCase.of(Platform.TAOBAO, RequestType.REFUND_ONLY, "TB-CLK").withShipped(true),
                HistoryEntry.AGENT);
        robot.clickOn("#caseRefresh");
        waitFor(() -> table(robot).getItems().size() == 1);
        waitForCell(robot, "TB-CLK", c -> c.getStyleClass().contains("urgency-ok"));
        assertThat(countdownCell(robot, "TB-CLK").getText()).isEqualTo("2天0小时");

        clock.advance(Duration.ofHours(25));
        waitForCell(robot, "TB-CLK", c -> c.getStyleClass().contains("urgency-warning") && "23:00:00".equals(c.getText()));
        assertThat(countdownCell(robot, "TB-CLK").getText()).isEqualTo("23:00:00");
        assertThat(countdownCell(robot, "TB-CLK").getStyleClass()).doesNotContain("urgency-ok");

        clock.advance(Duration.ofHours(22));
        waitForCell(robot, "TB-CLK", c -> c.getStyleClass().contains("urgency-critical") && "01:00:00".equals(c.getText()));
        assertThat(countdownCell(robot, "TB-CLK").getText()).isEqualTo("01:00:00");

        clock.advance(Duration.ofMinutes(64));
        waitForCell(robot, "TB-CLK", c -> c.getStyleClass().contains("urgency-overdue") && "超时 +4分".equals(c.getText()));
        assertThat(countdownCell(robot, "TB-CLK").getText()).isEqualTo("超时 +4分");
        assertThat(countdownCell(robot, "TB-CLK").getStyleClass()).doesNotContain("urgency-critical",
                "urgency-warning");
        TickingCell badge = robot.lookup(".urgency-cell").match(n -> n instanceof TickingCell c
                && c.getItem() != null).query();
        assertThat(badge.getStyleClass()).contains("urgency-overdue");
        assertThat(((Label) badge.getGraphic()).getText()).isEqualTo("已超时");
    }

    @Test
    void theDueTodayFilterAndSearchNarrowTheTable(FxRobot robot) throws Exception {
        backend().cases().create(NewCase.of(Platform.TAOBAO, RequestType.REFUND_ONLY, "TB-SOON"), HistoryEntry.AGENT);
        backend().cases().create(NewCase.of(Platform.JD, RequestType.RETURN_REFUND, "JD-LATER").withShipped(true)
                .withBuyer("lily88"), HistoryEntry.AGENT);
        robot.clickOn("#caseRefresh");
        waitFor(() -> table(robot).getItems().size() == 2);
        assertThat(text(robot, "#caseCount")).isEqualTo("已显示 2 / 共 2 条");
        robot.clickOn("#dueToday");
        waitFor(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).orderNo()).isEqualTo("TB-SOON");
        robot.clickOn("#dueToday");
        robot.clickOn("#caseSearch").write("lily");
        waitFor(() -> table(robot).getItems().size() == 1
                && table(robot).getItems().get(0).orderNo().equals("JD-LATER"));
    }

    @Test
    void anInvalidRuleFileShowsEveryProblemWithItsLine(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("rules.json");
        Files.writeString(bad, "{\n  \"format\": \"afterdesk-rules\",\n  \"version\": 1,\n  \"platform\": \"taobao\",\n"
                + "  \"rules\": [\n    {\"id\": \"a\", \"duration\": \"forever\"}\n  ]\n}\n");
        robot.clickOn("#nav-settings");
        waitFor(() -> robot.lookup("#rulesSection").tryQuery().isPresent());
        Node section = robot.lookup("#rulesSection").query();
        RulesViewModel model = (RulesViewModel) section.getProperties().get(RulesViewModel.class);
        WaitForAsyncUtils.asyncFx(() -> model.importFile(bad)).get();
        @SuppressWarnings("unchecked")
        ListView<String> problems = robot.lookup("#rulesProblems").queryAs(ListView.class);
        // the problems and the message are set in one step on the FX thread: wait until both are on screen
        waitFor(() -> !problems.getItems().isEmpty() && problems.isVisible() && !text(robot, "#rulesError").isEmpty());
        assertThat(problems.getItems()).anyMatch(p -> p.startsWith("第 6 行"));
        assertThat(text(robot, "#rulesError")).contains("没有导入");
        assertThat(backend().rules().rules(Platform.TAOBAO).byId("taobao.unshipped.refund")).isPresent();
    }
}
