package com.afterdesk.app;

import com.afterdesk.backend.Preferences.Theme;
import com.afterdesk.common.AppInfo;
import com.afterdesk.common.Messages;
import com.afterdesk.common.ui.Labels;
import com.afterdesk.common.ui.Screen;
import com.afterdesk.common.ui.SettingsSection;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * 设置: language and theme, where the data lives, the version; features add their own sections (rules,
 * quality checks, alerts).
 */
final class SettingsScreen implements Screen {

    static final List<String> LANGUAGES = List.of("system", "zh-CN", "en");

    private final MainViewModel main;
    private final Messages messages;
    private final String languageSetting;
    private final Consumer<String> onLanguage;
    private final List<SettingsSection> sections;
    private Node view;

    SettingsScreen(MainViewModel main, Messages messages, String languageSetting, Consumer<String> onLanguage,
                   List<SettingsSection> sections) {
        this.main = main;
        this.messages = messages;
        this.languageSetting = languageSetting;
        this.onLanguage = onLanguage;
        this.sections = sections;
    }

    @Override
    public String id() {
        return "settings";
    }

    @Override
    public String titleKey() {
        return "app.nav.settings";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignC.COG_OUTLINE;
    }

    @Override
    public Node view() {
        if (view == null) {
            VBox box = new VBox(12, general());
            for (SettingsSection s : sections) {
                TitledPane pane = new TitledPane(messages.tr(s.titleKey()), s.view());
                pane.setCollapsible(false);
                box.getChildren().add(pane);
            }
            box.setPadding(new Insets(16));
            ScrollPane scroll = new ScrollPane(box);
            scroll.setFitToWidth(true);
            view = scroll;
        }
        return view;
    }

    @Override
    public void refresh() {
        sections.forEach(SettingsSection::refresh);
    }

    private Node general() {
        ComboBox<String> language = new ComboBox<>();
        language.setId("settingsLanguage");
        language.getItems().setAll(LANGUAGES);
        language.setConverter(Labels.converter(v -> messages.tr(languageKey(v))));
        language.setValue(LANGUAGES.contains(languageSetting) ? languageSetting : "system");
        language.valueProperty().addListener((obs, old, v) -> {
            if (v != null && !v.equals(old)) {
                onLanguage.accept(v);
            }
        });

        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("settingsTheme");
        theme.getItems().setAll(Theme.values());
        theme.setConverter(Labels.converter(t -> messages.tr(t == Theme.DARK ? "app.settings.theme.DARK" : "app.settings.theme.LIGHT")));
        theme.setValue(main.themeProperty().get());
        theme.valueProperty().addListener((obs, old, t) -> {
            if (t != null && t != main.themeProperty().get()) {
                main.setTheme(t);
            }
        });
        main.themeProperty().addListener((obs, old, t) -> theme.setValue(t));

        Label home = new Label();
        home.setId("settingsHome");
        home.textProperty().bind(main.homeProperty());
        home.setWrapText(true);
        Label size = new Label();
        size.textProperty().bind(main.databaseSizeProperty());
        Label version = new Label(AppInfo.NAME + " " + AppInfo.version());
        version.setId("settingsVersion");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label(messages.tr("app.settings.language")), language);
        grid.addRow(1, new Label(messages.tr("app.settings.theme")), theme);
        grid.addRow(2, new Label(messages.tr("app.settings.home")), home);
        grid.addRow(3, new Label(messages.tr("app.settings.size")), size);
        grid.addRow(4, new Label(messages.tr("app.settings.version")), version);
        Label hint = new Label(messages.tr("app.settings.homeHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(10, grid, hint);
        TitledPane pane = new TitledPane(messages.tr("app.settings.general"), box);
        pane.setCollapsible(false);
        return pane;
    }

    private static String languageKey(String setting) {
        switch (setting) {
            case "zh-CN":
                return "app.settings.language.zh-CN";
            case "en":
                return "app.settings.language.en";
            default:
                return "app.settings.language.system";
        }
    }

}
