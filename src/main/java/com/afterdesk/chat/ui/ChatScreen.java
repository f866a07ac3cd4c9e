package com.afterdesk.chat.ui;

import com.afterdesk.chat.ChatAssist;
import com.afterdesk.chat.ChatService;
import com.afterdesk.common.Messages;
import com.afterdesk.common.TaskRunner;
import com.afterdesk.common.ui.Screen;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The chat pane (工作台) as a navigation screen. */
public final class ChatScreen implements Screen {

    private final ChatViewModel model;
    private final Messages messages;
    private final ChatService service;
    private ChatView view;

    public ChatScreen(ChatService service, ChatAssist assist, TaskRunner runner, Messages messages) {
        this.service = service;
        this.messages = messages;
        this.model = new ChatViewModel(service, assist, runner, messages, ChatScreen::copyToClipboard);
    }

    /** "Send" puts the finished reply on the system clipboard, ready to paste into the shop's IM. */
    static void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public String id() {
        return "chat";
    }

    @Override
    public String titleKey() {
        return "app.nav.chat";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignM.MESSAGE_TEXT_OUTLINE;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new ChatView(model, messages, service.clock().getZone());
            view.root().getProperties().put(ChatViewModel.class, model); // lets window tests reach the state
            model.refresh();
        }
        return view.root();
    }

    @Override
    public void onShow() {
        model.refresh();
    }

    @Override
    public void refresh() {
        model.refresh();
        if (model.selectedProperty().get() != null) {
            model.select(model.selectedProperty().get());
        }
    }

    /** For tests and the window: the screen's state. */
    public ChatViewModel model() {
        return model;
    }
}
