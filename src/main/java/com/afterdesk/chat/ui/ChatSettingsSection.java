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
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Settings of the chat pane: after how many seconds a waiting buyer is highlighted. */
public final class ChatSettingsSection implements SettingsSection {

    private final ChatService service;
    private final TaskRunner runner;
    private final Messages messages;
    private Spinner<Integer> seconds;
    private TextField shop;
    private TextField agent;
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
            shop = new TextField();
            shop.setId("chatShopName");
            shop.setPromptText(messages.tr("chat.settings.shop.prompt"));
            agent = new TextField();
            agent.setId("chatAgentName");
            agent.setPromptText(messages.tr("chat.settings.agent.prompt"));
            save.setOnAction(e -> {
                int value = seconds.getValue();
                String shopName = shop.getText();
                String agentName = agent.getText();
                runner.run(messages.tr("chat.status.saving"), p -> {
                    service.setWaitingThreshold(Duration.ofSeconds(value));
                    service.setNames(shopName, agentName);
                    return null;
                }, ok -> status.setText(messages.tr("chat.settings.saved")),
                        err -> status.setText(Dialogs.describe(messages, err)));
            });
            HBox row = new HBox(8, new Label(messages.tr("chat.settings.threshold")), seconds);
            HBox names = new HBox(8, new Label(messages.tr("chat.settings.shop")), shop,
                    new Label(messages.tr("chat.settings.agent")), agent, save, status);
            names.setAlignment(Pos.CENTER_LEFT);
            row.setAlignment(Pos.CENTER_LEFT);
            Label hint = new Label(messages.tr("chat.settings.threshold.hint"));
            hint.setWrapText(true);
            hint.getStyleClass().add("text-muted");
            view = new VBox(6, row, hint, names);
            refresh();
        }
        return view;
    }

    private record Current(Duration threshold, java.util.Map<String, String> names) {
    }

    @Override
    public void refresh() {
        if (seconds != null) {
            runner.run(messages.tr("chat.status.loading"), p -> new Current(service.waitingThreshold(),
                    service.defaultPlaceholderValues()), c -> {
                        seconds.getValueFactory().setValue((int) c.threshold().toSeconds());
                        shop.setText(c.names().getOrDefault("店铺", ""));
                        agent.setText(c.names().getOrDefault("客服", ""));
                    }, err -> status.setText(Dialogs.describe(messages, err)));
        }
    }
}
