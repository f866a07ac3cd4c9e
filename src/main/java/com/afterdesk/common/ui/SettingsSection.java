package com.afterdesk.common.ui;

import javafx.scene.Node;

/** A part of the settings screen contributed by a feature (rules, quality checks, alerts...). */
public interface SettingsSection {

    /** Resource-bundle key of the section title. */
    String titleKey();

    /** The section's content, created once. */
    Node view();

    /** Called when the data may have changed. */
    default void refresh() {
    }
}
