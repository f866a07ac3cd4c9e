package com.afterdesk.common.ui;

import com.afterdesk.common.Messages;
import com.afterdesk.common.UserException;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Standard dialogs, worded through the resource bundles. */
public final class Dialogs {

    private Dialogs() {
    }

    /** An error the user can act on. */
    public static Alert error(Window owner, Messages messages, String headerKey, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(messages.tr("app.name"));
        alert.setHeaderText(messages.tr(headerKey));
        Label content = new Label(text);
        content.setWrapText(true);
        content.setId("dialogMessage");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("errorDialog");
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert;
    }

    /** Describes a failure: the message of a {@link UserException}, or a generic text for a bug. */
    public static String describe(Messages messages, Throwable failure) {
        Throwable t = failure;
        while (t != null) {
            if (t instanceof UserException ue) {
                return messages.describe(ue);
            }
            t = t.getCause();
        }
        return messages.tr("common.error.unexpected", String.valueOf(failure));
    }

    /** Asks a yes/no question; true when the user said yes. */
    public static boolean confirm(Window owner, Messages messages, String headerKey, String text) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setTitle(messages.tr("app.name"));
        alert.setHeaderText(messages.tr(headerKey));
        Label content = new Label(text);
        content.setWrapText(true);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("confirmDialog");
        ButtonType yes = new ButtonType(messages.tr("common.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(messages.tr("common.no"), ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(yes, no);
        if (owner != null) {
            alert.initOwner(owner);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }
}
