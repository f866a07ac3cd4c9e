package com.afterdesk.cases.ui;

import com.afterdesk.common.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.app.DesktopSession;
import com.afterdesk.app.DesktopTestSupport;
import com.afterdesk.backend.Backend;
import com.afterdesk.cases.CaseGenerator;
import com.afterdesk.cases.CaseLogRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Benchmark, not a regular test (run with {@code -Dafterdesk.bench=true -Dtest=CaseLogBenchTest}): the case log in
 * the real window on 100,000 generated cases. Prints the time to show the first page sorted by urgency, to load one
 * more page, to filter, and the cost of one ticker tick on the FX thread.
 */
@EnabledIfSystemProperty(named = "afterdesk.bench", matches = "true")
@ExtendWith(ApplicationExtension.class)
class CaseLogBenchTest {

    static final Instant START = Instant.parse("2026-11-24T08:00:00Z");
    static final int CASES = Integer.getInteger("afterdesk.bench.cases", 100_000);

    @TempDir
    static Path folder;

    private MutableClock clock;
    private DesktopSession session;
    private long generateMillis;

    @Start
    void start(Stage stage) {
        Path home = folder.resolve("bench");
        clock = new MutableClock(START);
        long t0 = System.nanoTime();
        try (Backend b = Backend.open(home, clock)) {
            CaseGenerator.generate(b.database(), b.rules(), CASES, START, 42);
        }
        generateMillis = (System.nanoTime() - t0) / 1_000_000;
        session = DesktopSession.start(stage, new DesktopSession.Options(home, clock, Locale.CHINA, () -> { }))
                .orElseThrow();
    }

    @AfterEach
    void close() throws Exception {
        DesktopTestSupport.closeAllWindows();
    }

    @Test
    @SuppressWarnings("unchecked")
    void caseLogWith100kCases(FxRobot robot) throws Exception {
        TableView<CaseLogRow> table = robot.lookup("#caseTable").queryAs(TableView.class);
        Node view = robot.lookup("#screen-cases").query();
        CasesScreen screen = (CasesScreen) view.getProperties().get(CasesScreen.class);
        CaseLogViewModel log = screen.log();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 100);

        // first page, sorted by urgency, from the click to rows in the table
        long[] firstPage = new long[5];
        for (int i = 0; i < firstPage.length; i++) {
            AtomicLong t = new AtomicLong();
            WaitForAsyncUtils.asyncFx(() -> {
                table.getItems().clear();
                t.set(System.nanoTime());
                log.refresh();
            }).get();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 100);
            firstPage[i] = (System.nanoTime() - t.get()) / 1_000_000;
        }
        long t1 = System.nanoTime();
        WaitForAsyncUtils.asyncFx(log::loadMore).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 200);
        long morePage = (System.nanoTime() - t1) / 1_000_000;
        long t2 = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> log.dueTodayProperty().set(true)).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> log.totalProperty().get() < CASES
                && !log.loadingProperty().get());
        long dueToday = (System.nanoTime() - t2) / 1_000_000;
        WaitForAsyncUtils.asyncFx(() -> log.dueTodayProperty().set(false)).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> log.totalProperty().get() == CASES
                && !log.loadingProperty().get());

        // one tick: every visible countdown and badge repaints, plus the CSS/layout pass it causes
        int ticks = 200;
        AtomicLong tickNanos = new AtomicLong();
        AtomicLong layoutNanos = new AtomicLong();
        for (int i = 0; i < ticks; i++) {
            WaitForAsyncUtils.asyncFx(() -> {
                clock.advance(Duration.ofSeconds(1));
                long a = System.nanoTime();
                screen.ticker().tick();
                long b = System.nanoTime();
                table.applyCss();
                table.layout();
                long c = System.nanoTime();
                tickNanos.addAndGet(b - a);
                layoutNanos.addAndGet(c - b);
            }).get();
        }
        long visible = robot.lookup(".countdown-cell").queryAll().stream()
                .filter(n -> n instanceof TickingCell c && c.getItem() != null).count();
        System.out.printf("BENCH cases=%d generateMs=%d firstPageMs=%s loadMorePageMs=%d dueTodayFilterMs=%d "
                        + "visibleCountdownCells=%d tickMicros=%.1f tickPlusCssLayoutMicros=%.1f%n", CASES,
                generateMillis, java.util.Arrays.toString(firstPage), morePage, dueToday, visible,
                tickNanos.get() / 1000.0 / ticks, (tickNanos.get() + layoutNanos.get()) / 1000.0 / ticks);
        assertThat(table.getItems()).hasSizeGreaterThanOrEqualTo(100);
        String snapshot = System.getProperty("afterdesk.bench.snapshot");
        if (snapshot != null) {
            WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(0)).get();
            WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
            javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
            WaitForAsyncUtils.asyncFx(() -> image[0] = view.getScene().snapshot(null)).get();
            writePng(image[0], Path.of(snapshot));
        }
    }

    /** A minimal PNG writer (javafx-swing is not on the class path). */
    private static void writePng(javafx.scene.image.Image image, Path file) throws Exception {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        javafx.scene.image.PixelReader px = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            raw.write(0);
            for (int x = 0; x < w; x++) {
                int argb = px.getArgb(x, y);
                raw.write((argb >> 16) & 0xff);
                raw.write((argb >> 8) & 0xff);
                raw.write(argb & 0xff);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        java.io.ByteArrayOutputStream z = new java.io.ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream d = new java.util.zip.DeflaterOutputStream(z)) {
            d.write(raw.toByteArray());
        }
        chunk(out, "IDAT", z.toByteArray());
        chunk(out, "IEND", new byte[0]);
        java.nio.file.Files.write(file, out.toByteArray());
    }

    private static void chunk(java.io.ByteArrayOutputStream out, String type, byte[] data) throws Exception {
        java.io.DataOutputStream d = new java.io.DataOutputStream(out);
        d.writeInt(data.length);
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        d.write(t);
        d.write(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
