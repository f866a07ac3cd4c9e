package com.afterdesk.chat.ui;

import com.afterdesk.chat.ChatService;
import com.afterdesk.common.Messages;
import com.afterdesk.common.TaskRunner;
import com.afterdesk.common.ui.Dialogs;
import com.afterdesk.common.ui.SettingsSection;
import java.time.Duration;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Settings of the chat pane: after how many seconds a waiting buyer is highlighted. */
public final class ChatSettingsSection implements SettingsSection {

    private final ChatService service;
    private final TaskRunner runner;
    private final Messages messages;
    private Spinner<Integer> seconds;
    private Label status;
    private Node view;

    public ChatSettingsSection(ChatService service, TaskRunner runner, Messages messages) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
    }

    @Override
    public String titleKey() {
        return "chat.settings.title";
    }

    @Override
    public Node view() {
        if (view == null) {
            seconds = new Spinner<>(5, 3600, (int) ChatService.DEFAULT_WAITING_THRESHOLD.toSeconds(), 5);
            seconds.setId("chatWaitingThreshold");
            seconds.setEditable(true);
            seconds.setPrefWidth(110);
            Button save = new Button(messages.tr("chat.settings.save"));
            save.setId("chatWaitingThresholdSave");
            status = new Label();
            status.setId("chatSettingsStatus");
            save.setOnAction(e -> {
                int value = seconds.getValue();
                runner.run(messages.tr("chat.status.saving"), p -> {
                    service.setWaitingThreshold(Duration.ofSeconds(value));
                    return null;
                }, ok -> status.setText(messages.tr("chat.settings.saved")),
                        err -> status.setText(Dialogs.describe(messages, err)));
            });
            HBox row = new HBox(8, new Label(messages.tr("chat.settings.threshold")), seconds, save, status);
            row.setAlignment(Pos.CENTER_LEFT);
            Label hint = new Label(messages.tr("chat.settings.threshold.hint"));
            hint.setWrapText(true);
            hint.getStyleClass().add("text-muted");
            view = new VBox(6, row, hint);
            refresh();
        }
        return view;
    }

    @Override
    public void refresh() {
        if (seconds != null) {
            runner.run(messages.tr("chat.status.loading"), p -> service.waitingThreshold(),
                    d -> seconds.getValueFactory().setValue((int) d.toSeconds()),
                    err -> status.setText(Dialogs.describe(messages, err)));
        }
    }
}
