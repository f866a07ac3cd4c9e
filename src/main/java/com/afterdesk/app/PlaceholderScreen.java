package com.afterdesk.app;

import com.afterdesk.common.Messages;
import com.afterdesk.common.ui.Screen;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** A screen that is not built yet: it says so plainly and shows no made-up content. */
final class PlaceholderScreen implements Screen {

    private final String id;
    private final String titleKey;
    private final Ikon icon;
    private final Messages messages;
    private Node view;

    PlaceholderScreen(String id, String titleKey, Ikon icon, Messages messages) {
        this.id = id;
        this.titleKey = titleKey;
        this.icon = icon;
        this.messages = messages;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    @Override
    public Ikon icon() {
        return icon;
    }

    @Override
    public Node view() {
        if (view == null) {
            FontIcon big = new FontIcon(icon);
            big.setIconSize(48);
            big.getStyleClass().add("placeholder-icon");
            Label title = new Label(messages.tr(titleKey));
            title.getStyleClass().add("title-2");
            Label text = new Label(messages.tr("app.placeholder.notBuilt", messages.tr(titleKey)));
            text.setWrapText(true);
            text.setId("placeholderText");
            VBox box = new VBox(12, big, title, text);
            box.setAlignment(Pos.CENTER);
            box.setMaxWidth(460);
            VBox outer = new VBox(box);
            outer.setAlignment(Pos.CENTER);
            outer.getStyleClass().add("placeholder");
            view = outer;
        }
        return view;
    }
}
