package com.afterdesk.app;

import java.util.List;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** Shared steps of the tests that drive the real window. */
public final class DesktopTestSupport {

    private DesktopTestSupport() {
    }

    /** Closes every open window (which ends its session and releases its data folder) after a test. */
    public static void closeAllWindows() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof Stage s) {
                    s.close();
                }
            }
        }).get();
    }
}
