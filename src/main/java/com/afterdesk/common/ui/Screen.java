package com.afterdesk.common.ui;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** One entry of the main window's navigation: a feature's screen. */
public interface Screen {

    /** Stable id, also used for control ids ({@code nav-<id>}, {@code screen-<id>}). */
    String id();

    /** Resource-bundle key of the navigation label. */
    String titleKey();

    Ikon icon();

    /** The screen's view, created once and kept. */
    Node view();

    /** Called each time the screen is shown. */
    default void onShow() {
    }

    /** Called when the data may have changed (another process wrote to the database, or F5). */
    default void refresh() {
    }
}
