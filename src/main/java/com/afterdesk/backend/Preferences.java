package com.afterdesk.backend;

import com.afterdesk.common.Messages;
import com.afterdesk.storage.SettingsStore;
import java.util.Locale;

/** Typed application preferences over the settings store: language, theme, first-run state. */
public final class Preferences {

    public static final String LANGUAGE = "ui.language";
    public static final String THEME = "ui.theme";
    public static final String DEMO_OFFERED = "app.demoOffered";

    /** Colour themes of the window. */
    public enum Theme { LIGHT, DARK }

    private final SettingsStore settings;

    public Preferences(SettingsStore settings) {
        this.settings = settings;
    }

    /** {@code system}, {@code zh-CN} or {@code en}. */
    public String languageSetting() {
        return settings.get(LANGUAGE, "system");
    }

    public void setLanguageSetting(String value) {
        settings.put(LANGUAGE, value);
    }

    /** The messages in the chosen language (the system's when the setting says so). */
    public Messages messages(Locale system) {
        return Messages.forLocale(Messages.resolveLanguage(languageSetting(), system));
    }

    public Theme theme() {
        try {
            return Theme.valueOf(settings.get(THEME, Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    public void setTheme(Theme theme) {
        settings.put(THEME, theme.name());
    }

    public boolean demoOffered() {
        return Boolean.parseBoolean(settings.get(DEMO_OFFERED, "false"));
    }

    public void setDemoOffered() {
        settings.put(DEMO_OFFERED, "true");
    }
}
