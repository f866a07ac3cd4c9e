package com.afterdesk.app;

import com.afterdesk.common.Messages;
import com.afterdesk.common.UserException;
import com.afterdesk.common.ui.Dialogs;
import com.afterdesk.storage.DataFolder;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: resolves the data folder and hands over to a {@link DesktopSession}. */
public final class AfterDeskApp extends Application {

    /** {@code --home} from the command line, set by {@link Main} before launch. */
    static volatile String homeOption;

    @Override
    public void start(Stage stage) {
        Path home;
        try {
            home = DataFolder.resolveForThisMachine(homeOption);
        } catch (UserException e) {
            Messages m = Messages.forLocale(Locale.getDefault());
            var alert = Dialogs.error(null, m, "app.startFailed.title", m.describe(e));
            alert.setOnHidden(ev -> Platform.exit());
            alert.show();
            return;
        }
        DesktopSession.start(stage, new DesktopSession.Options(home, Clock.systemDefaultZone(), Locale.getDefault(),
                Platform::exit, true, getHostServices()::showDocument));
    }
}
