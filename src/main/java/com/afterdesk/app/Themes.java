package com.afterdesk.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.afterdesk.backend.Preferences.Theme;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light and dark AtlantaFX themes plus the app's own stylesheet (which also maps ControlsFX colours). */
final class Themes {

    static final String APP_CSS = "/css/app.css";

    private Themes() {
    }

    static void apply(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    static void style(Scene scene, Theme theme) {
        String css = Themes.class.getResource(APP_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add(theme == Theme.DARK ? "theme-dark" : "theme-light");
    }
}
