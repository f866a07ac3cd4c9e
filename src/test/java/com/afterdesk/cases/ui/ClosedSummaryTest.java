package com.afterdesk.cases.ui;

import com.afterdesk.common.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.app.DesktopSession;
import com.afterdesk.app.DesktopTestSupport;
import com.afterdesk.backend.Backend;
import com.afterdesk.cases.HistoryEntry;
import com.afterdesk.cases.NewCase;
import com.afterdesk.deadlines.RequestType;
import com.afterdesk.domain.Platform;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening the window after a night away: what went overdue meanwhile is summed up once. */
@ExtendWith(ApplicationExtension.class)
class ClosedSummaryTest {

    static final Instant EVENING = Instant.parse("2026-11-24T12:00:00Z"); // 20:00 in Shanghai

    @TempDir
    static Path folder;
    private static int count;
    private DesktopSession session;

    @Start
    void start(Stage stage) {
        Path home = folder.resolve("home-" + (++count));
        MutableClock clock = new MutableClock(EVENING);
        try (Backend b = Backend.open(home, clock)) {
            b.cases().create(NewCase.of(Platform.TAOBAO, RequestType.REFUND_ONLY, "TB-NIGHT"), HistoryEntry.AGENT);
            b.alerts().markShown(b.alerts().pending());
            b.alerts().touch(); // the app was last open at 20:00
        }
        clock.advance(Duration.ofHours(25)); // next day, 21:00: the 24 h refund clock ran out at 20:00
        session = DesktopSession.start(stage, new DesktopSession.Options(home, clock, Locale.CHINA, () -> { }))
                .orElseThrow();
    }

    @AfterEach
    void close() throws Exception {
        DesktopTestSupport.closeAllWindows();
    }

    @Test
    void theBannerSaysWhatWentOverdueWhileClosedAndIsNotRepeated(FxRobot robot) throws Exception {
        Label banner = robot.lookup("#closedSummary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !banner.getText().isEmpty());
        assertThat(banner.getText()).contains("1 个售后单已超时").contains("2026-11-24 20:00");
        assertThat(banner.getParent().isVisible()).isTrue();
        assertThat(session.backend().alerts().pending()).isEmpty();
        assertThat(session.backend().alerts().closedSummary().isEmpty()).isTrue();
        robot.clickOn("#closedSummaryDismiss");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.getParent().isVisible()).isFalse();
    }

    /** The alert shows over the window but never over the chat's send button (it stays up to 30 s). */
    @Test
    void theAlertLeavesTheSendButtonFree(FxRobot robot) throws Exception {
        robot.clickOn("#nav-chat");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(".notification-bar").tryQuery().isPresent());
        Node alert = robot.lookup(".notification-bar").query();
        Node send = robot.lookup("#sendReply").query();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(send.isVisible()).isTrue();
        assertThat(robot.lookup(".notification-bar .label").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).isEqualTo("关闭期间的时限变化"));
        Bounds a = alert.localToScreen(alert.getBoundsInLocal());
        Bounds b = send.localToScreen(send.getBoundsInLocal());
        assertThat(a.getWidth()).isPositive();
        assertThat(a.intersects(b)).as("alert %s over the send button %s", a, b).isFalse();
    }
}
