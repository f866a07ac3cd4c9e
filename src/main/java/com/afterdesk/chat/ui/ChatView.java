package com.afterdesk.chat.ui;

import com.afterdesk.chat.ChatAssist;
import com.afterdesk.chat.ChatMessage;
import com.afterdesk.chat.Composer;
import com.afterdesk.chat.ConversationSummary;
import com.afterdesk.chat.MessageSource;
import com.afterdesk.chat.Role;
import com.afterdesk.common.Messages;
import com.afterdesk.common.ui.Dialogs;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Platform;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The chat pane (工作台): conversations on the left, the selected conversation with the buyer box in the middle,
 * suggestions, classification and quality findings on the right, the composer at the bottom. Built in code;
 * everything it shows comes from {@link ChatViewModel}.
 */
final class ChatView {

    static final String CSS = "/css/chat.css";
    /** One shared timer for all waiting times (not one per message). */
    static final javafx.util.Duration TICK = javafx.util.Duration.seconds(1);
    /** How often the clipboard is looked at while the watch is on. */
    static final javafx.util.Duration CLIPBOARD_POLL = javafx.util.Duration.millis(600);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss", Locale.ROOT);

    private final ChatViewModel model;
    private final Messages messages;
    private final ZoneId zone;
    private final BorderPane root = new BorderPane();
    private final ListView<ConversationSummary> conversationList = new ListView<>();
    private final ListView<ChatMessage> messageList = new ListView<>();
    private final TextArea composer = new TextArea();
    private final Button send = new Button();
    private final VBox suggestionsBox = new VBox(6);
    private final VBox findingsBox = new VBox(6);
    private final FlowPane categoryChips = new FlowPane(6, 6);
    private final Label emotion = new Label();
    /** The agent reads the buyer differently: a correction the engine learns from. */
    private final MenuButton emotionCorrect = new MenuButton();
    private final Timeline ticker;
    private final Timeline clipboardPoll;

    ChatView(ChatViewModel model, Messages messages, ZoneId zone) {
        this.model = model;
        this.messages = messages;
        this.zone = zone;
        root.getStyleClass().add("chat-screen");
        root.getStylesheets().add(ChatView.class.getResource(CSS).toExternalForm());
        SplitPane split = new SplitPane(left(), centre(), right());
        split.setDividerPositions(0.24, 0.68);
        root.setCenter(split);
        root.setBottom(composerArea());
        ticker = new Timeline(new KeyFrame(TICK, e -> model.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        clipboardPoll = new Timeline(new KeyFrame(CLIPBOARD_POLL, e -> pollClipboard()));
        clipboardPoll.setCycleCount(Timeline.INDEFINITE);
        model.clipboardWatchProperty().addListener((obs, was, on) -> {
            if (on) {
                pollClipboard();
                clipboardPoll.play();
            } else {
                clipboardPoll.stop();
            }
        });
        model.nowProperty().addListener((obs, old, now) -> {
            conversationList.refresh();
            messageList.refresh();
        });
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                stop();
            } else {
                ticker.play();
                if (model.clipboardWatchProperty().get()) {
                    clipboardPoll.play();
                }
            }
        });
    }

    Parent root() {
        return root;
    }

    void stop() {
        ticker.stop();
        clipboardPoll.stop();
    }

    private void pollClipboard() {
        Clipboard cb = Clipboard.getSystemClipboard();
        if (cb.hasString()) {
            model.onClipboardText(cb.getString());
        }
    }

    // ---- left: conversations

    private Node left() {
        Label title = new Label(messages.tr("chat.conversations.title"));
        title.getStyleClass().add("title-4");
        TextField nick = new TextField();
        nick.setId("newBuyerNick");
        nick.setPromptText(messages.tr("chat.conversations.nickPrompt"));
        nick.textProperty().bindBidirectional(model.newBuyerNickProperty());
        HBox.setHgrow(nick, Priority.ALWAYS);
        ComboBox<Platform> platform = new ComboBox<>();
        platform.setId("newPlatform");
        platform.getItems().setAll(Platform.values());
        platform.valueProperty().bindBidirectional(model.newPlatformProperty());
        platform.setPrefWidth(96);
        platform.setMinWidth(Region.USE_PREF_SIZE);
        nick.setPrefColumnCount(6);
        platform.setConverter(com.afterdesk.common.ui.Labels.converter(p -> messages.tr(p.labelKey())));
        Button add = new Button(null, new FontIcon(MaterialDesignP.PLUS));
        add.setId("newConversation");
        add.setTooltip(new Tooltip(messages.tr("chat.conversations.new")));
        add.setOnAction(e -> model.newConversation());
        Button importChat = new Button(null, new FontIcon(MaterialDesignF.FILE_IMPORT_OUTLINE));
        importChat.setId("importTranscript");
        importChat.setTooltip(new Tooltip(messages.tr("chat.import.button")));
        importChat.setOnAction(e -> chooseTranscript());
        HBox newRow = new HBox(6, nick, platform, add, importChat);
        newRow.setAlignment(Pos.CENTER_LEFT);

        conversationList.setId("conversationList");
        conversationList.setItems(model.conversations());
        conversationList.setPlaceholder(new Label(messages.tr("chat.conversations.empty")));
        conversationList.setCellFactory(list -> new ConversationCell());
        conversationList.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null && (model.selectedProperty().get() == null
                    || model.selectedProperty().get().conversation().id() != s.conversation().id())) {
                model.select(s);
            }
        });
        model.selectedProperty().addListener((obs, old, s) -> showSelection());
        model.conversations().addListener((javafx.collections.ListChangeListener<ConversationSummary>) c ->
                showSelection());
        VBox.setVgrow(conversationList, Priority.ALWAYS);
        VBox box = new VBox(8, title, newRow, conversationList);
        box.setPadding(new Insets(10));
        box.getStyleClass().add("chat-conversations");
        box.setMinWidth(220);
        return box;
    }

    /** Keeps the list's highlight on the model's conversation (also after the list was reloaded). */
    private void showSelection() {
        ConversationSummary s = model.selectedProperty().get();
        if (s == null) {
            return;
        }
        for (int i = 0; i < conversationList.getItems().size(); i++) {
            if (conversationList.getItems().get(i).conversation().id() == s.conversation().id()) {
                if (conversationList.getSelectionModel().getSelectedIndex() != i) {
                    conversationList.getSelectionModel().select(i);
                }
                return;
            }
        }
    }

    private final class ConversationCell extends ListCell<ConversationSummary> {
        @Override
        protected void updateItem(ConversationSummary s, boolean empty) {
            super.updateItem(s, empty);
            getStyleClass().remove("overdue");
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label buyer = new Label(buyerName(s));
            buyer.getStyleClass().add("conversation-buyer");
            buyer.setMinWidth(0);
            Label meta = new Label(messages.tr(s.conversation().platform().labelKey()) + " · "
                    + (s.conversation().hasCase() ? messages.tr("chat.conversation.case", s.conversation().caseId())
                    : messages.tr("chat.conversation.noCase")));
            meta.getStyleClass().add("text-muted");
            Label last = new Label(s.lastMessage().map(m -> oneLine(m.text())).orElse(
                    s.conversation().id() < 0 ? messages.tr("chat.conversation.noMessages") : ""));
            last.getStyleClass().add("conversation-last");
            Label waiting = new Label();
            waiting.getStyleClass().add("conversation-waiting");
            waiting.setMinWidth(Region.USE_PREF_SIZE);
            if (s.waitingSince().isPresent()) {
                waiting.setText(messages.tr("chat.waiting", formatWait(s.waiting(model.nowProperty().get()))));
                if (model.overdue(s)) {
                    getStyleClass().add("overdue");
                }
            }
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(6, buyer, spacer, waiting);
            VBox box = new VBox(2, top, meta, last);
            box.setMinWidth(0);
            box.prefWidthProperty().bind(conversationList.widthProperty().subtract(28));
            box.setMaxWidth(Region.USE_PREF_SIZE);
            setText(null);
            setGraphic(box);
        }
    }

    private String buyerName(ConversationSummary s) {
        return s.conversation().buyerNick().isBlank()
                ? messages.tr("chat.conversation.unnamed", s.conversation().id()) : s.conversation().buyerNick();
    }

    private static String oneLine(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() > 40 ? flat.substring(0, 40) + "…" : flat;
    }

    private String formatWait(Duration d) {
        long s = d.toSeconds();
        return s < 60 ? messages.tr("chat.wait.seconds", s)
                : s < 3600 ? messages.tr("chat.wait.minutes", s / 60, s % 60)
                : messages.tr("chat.wait.hours", s / 3600, (s % 3600) / 60);
    }

    // ---- centre: the conversation and the buyer box

    private Node centre() {
        Label header = new Label();
        header.setId("conversationHeader");
        header.getStyleClass().add("title-4");
        header.textProperty().bind(Bindings.createStringBinding(() -> {
            ConversationSummary s = model.selectedProperty().get();
            return s == null ? messages.tr("chat.conversation.none")
                    : buyerName(s) + " · " + messages.tr(s.conversation().platform().labelKey());
        }, model.selectedProperty()));
        Button newCase = new Button(messages.tr("chat.newCase"), new FontIcon(MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE));
        newCase.setId("newCaseFromMessage");
        newCase.visibleProperty().bind(model.canOpenCaseProperty());
        newCase.managedProperty().bind(newCase.visibleProperty());
        newCase.setOnAction(e -> openCaseDialog());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, header, spacer, newCase);
        top.setAlignment(Pos.CENTER_LEFT);

        messageList.setId("messageList");
        messageList.setItems(model.messages());
        messageList.setPlaceholder(new Label(messages.tr("chat.messages.empty")));
        messageList.setCellFactory(list -> new MessageCell());
        messageList.setFocusTraversable(false);
        model.messages().addListener((javafx.collections.ListChangeListener<ChatMessage>) c -> {
            if (!model.messages().isEmpty()) {
                messageList.scrollTo(model.messages().size() - 1);
            }
        });
        VBox.setVgrow(messageList, Priority.ALWAYS);

        TextArea buyer = new TextArea();
        buyer.setId("buyerInput");
        buyer.setPromptText(messages.tr("chat.buyerInput.prompt"));
        buyer.setPrefRowCount(2);
        buyer.setWrapText(true);
        buyer.textProperty().bindBidirectional(model.buyerInputProperty());
        buyer.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                model.addBuyerMessage();
                e.consume();
            }
        });
        HBox.setHgrow(buyer, Priority.ALWAYS);
        Button addBuyer = new Button(messages.tr("chat.buyerInput.add"), new FontIcon(MaterialDesignC.CHAT_PLUS_OUTLINE));
        addBuyer.setId("addBuyerMessage");
        addBuyer.setOnAction(e -> model.addBuyerMessage());
        addBuyer.setMaxHeight(Double.MAX_VALUE);
        addBuyer.setMinWidth(Region.USE_PREF_SIZE);
        Button attach = new Button(messages.tr("chat.evidence.attach"), new FontIcon(MaterialDesignI.IMAGE_PLUS));
        attach.setId("attachEvidence");
        attach.setTooltip(new Tooltip(messages.tr("chat.evidence.attach.tooltip")));
        attach.setMaxHeight(Double.MAX_VALUE);
        attach.setMinWidth(Region.USE_PREF_SIZE);
        attach.setOnAction(e -> chooseEvidence());
        HBox buyerRow = new HBox(6, buyer, attach, addBuyer);
        Label pending = new Label();
        pending.setId("pendingEvidence");
        pending.textProperty().bind(Bindings.createStringBinding(() -> messages.tr("chat.evidence.pending",
                String.join("、", model.pendingEvidence().stream().map(p -> p.getFileName().toString()).toList())),
                model.pendingEvidence()));
        Button clearPending = new Button(messages.tr("chat.evidence.remove"));
        clearPending.setId("clearEvidence");
        clearPending.getStyleClass().addAll("flat", "small");
        clearPending.setOnAction(e -> model.pendingEvidence().clear());
        HBox pendingRow = new HBox(6, pending, clearPending);
        pendingRow.setAlignment(Pos.CENTER_LEFT);
        pendingRow.visibleProperty().bind(Bindings.isNotEmpty(model.pendingEvidence()));
        pendingRow.managedProperty().bind(pendingRow.visibleProperty());

        ToggleButton watch = new ToggleButton(messages.tr("chat.clipboard.watch"),
                new FontIcon(MaterialDesignC.CLIPBOARD_TEXT_SEARCH_OUTLINE));
        watch.setId("clipboardWatch");
        watch.selectedProperty().bindBidirectional(model.clipboardWatchProperty());
        watch.setTooltip(new Tooltip(messages.tr("chat.clipboard.watch.tooltip")));
        Label indicator = new Label(messages.tr("chat.clipboard.on"), new FontIcon(MaterialDesignC.CIRCLE_MEDIUM));
        indicator.setId("clipboardIndicator");
        indicator.getStyleClass().add("clipboard-indicator");
        indicator.visibleProperty().bind(model.clipboardWatchProperty());
        indicator.managedProperty().bind(indicator.visibleProperty());
        Button undo = new Button(messages.tr("chat.clipboard.undo"), new FontIcon(MaterialDesignU.UNDO));
        undo.setId("undoClipboard");
        undo.getStyleClass().add("flat");
        undo.visibleProperty().bind(model.lastClipboardMessageProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> model.undoClipboard());
        HBox watchRow = new HBox(8, watch, indicator, undo);
        watchRow.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(8, top, messageList, buyerRow, pendingRow, watchRow);
        box.setPadding(new Insets(10));
        return box;
    }

    private final class MessageCell extends ListCell<ChatMessage> {
        @Override
        protected void updateItem(ChatMessage m, boolean empty) {
            super.updateItem(m, empty);
            if (empty || m == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label text = new Label(m.text());
            text.setWrapText(true);
            text.getStyleClass().add("bubble-text");
            String sourceKey = "chat.source." + m.source().name();
            Label time = new Label(TIME.format(m.sentAt().atZone(zone))
                    + (m.source() == MessageSource.COMPOSER ? "" : " · " + messages.tr(sourceKey)));
            time.getStyleClass().add("bubble-time");
            VBox bubble = new VBox(2, text, time);
            bubble.getStyleClass().addAll("bubble", m.role() == Role.BUYER ? "bubble-buyer" : "bubble-agent");
            if (model.overdue(m)) {
                bubble.getStyleClass().add("overdue");
                Label waited = new Label(messages.tr("chat.waiting",
                        formatWait(Duration.between(m.sentAt(), model.nowProperty().get()))));
                waited.getStyleClass().add("bubble-waiting");
                bubble.getChildren().add(waited);
            }
            for (String file : m.evidence()) {
                Label ev = new Label(file, new FontIcon(MaterialDesignF.FILE_IMAGE_OUTLINE));
                ev.getStyleClass().add("bubble-evidence");
                bubble.getChildren().add(ev);
            }
            bubble.maxWidthProperty().bind(messageList.widthProperty().multiply(0.7));
            HBox row = new HBox(bubble);
            row.setAlignment(m.role() == Role.BUYER ? Pos.CENTER_LEFT : Pos.CENTER_RIGHT);
            setText(null);
            setGraphic(row);
        }
    }

    private void chooseTranscript() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(messages.tr("chat.import.button"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                messages.tr("chat.import.files"), "*.txt", "*.log", "*.TXT"));
        java.io.File file = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            model.importTranscript(file.toPath());
        }
    }

    private void chooseEvidence() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(messages.tr("chat.evidence.chooser"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                messages.tr("chat.evidence.attach"), "*.jpg", "*.jpeg", "*.png", "*.gif", "*.webp", "*.bmp", "*.heic",
                "*.JPG", "*.JPEG", "*.PNG"));
        List<java.io.File> files = chooser.showOpenMultipleDialog(root.getScene() == null ? null
                : root.getScene().getWindow());
        if (files != null) {
            files.forEach(f -> model.pendingEvidence().add(f.toPath()));
        }
    }

    private void openCaseDialog() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.tr("app.name"));
        dialog.setHeaderText(messages.tr("chat.newCase.header"));
        ComboBox<Category> category = new ComboBox<>();
        category.setId("newCaseCategory");
        category.getItems().setAll(Category.values());
        category.setValue(model.suggestedCategory());
        category.setConverter(com.afterdesk.common.ui.Labels.converter(c -> messages.tr("category." + c.name())));
        TextField orderNo = new TextField();
        orderNo.setId("newCaseOrderNo");
        orderNo.setPromptText(messages.tr("chat.newCase.orderNo.prompt"));
        Label text = new Label(model.latestBuyerMessage().map(ChatMessage::text).orElse(""));
        text.setWrapText(true);
        text.getStyleClass().add("text-muted");
        VBox content = new VBox(8, new Label(messages.tr("chat.newCase.category")), category);
        List<CheckBox> also = new ArrayList<>();
        if (!model.suggestedAlsoAbout().isEmpty()) {
            content.getChildren().add(new Label(messages.tr("chat.newCase.also")));
            for (Category c : model.suggestedAlsoAbout()) {
                CheckBox box = new CheckBox(messages.tr("category." + c.name()));
                box.setId("newCaseAlso-" + c.name());
                box.setUserData(c);
                box.setSelected(false); // a guess: the agent ticks what the buyer really raised
                also.add(box);
            }
            content.getChildren().add(new HBox(12, also.toArray(Node[]::new)));
        }
        content.getChildren().addAll(new Label(messages.tr("chat.newCase.orderNo")), orderNo, text);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("newCaseDialog");
        ButtonType ok = new ButtonType(messages.tr("chat.newCase.open"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(messages.tr("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(orderNo.textProperty().isEmpty());
        dialog.showAndWait().filter(b -> b == ok).ifPresent(b -> model.openCase(category.getValue(),
                also.stream().filter(CheckBox::isSelected)
                        .map(x -> (Category) x.getUserData())
                        .collect(Collectors.toSet()), orderNo.getText()));
    }

    // ---- right: classification, suggestions, findings

    private Node right() {
        Label classTitle = new Label(messages.tr("chat.classification.title"));
        classTitle.getStyleClass().add("title-4");
        categoryChips.setId("categoryChips");
        emotion.setId("emotionLabel");
        emotion.getStyleClass().add("emotion");
        Label suggTitle = new Label(messages.tr("chat.suggestions.title"));
        suggTitle.getStyleClass().add("title-4");
        suggestionsBox.setId("suggestions");
        findingsBox.setId("findings");
        model.adviceProperty().addListener((obs, old, a) -> showAdvice(a));
        model.suggestions().addListener((javafx.collections.ListChangeListener<ChatAssist.Suggested>) c ->
                showSuggestions());
        model.findings().addListener((javafx.collections.ListChangeListener<ChatAssist.Issue>) c -> showFindings());
        showAdvice(model.adviceProperty().get());
        showSuggestions();
        showFindings();
        emotionCorrect.setId("emotionCorrect");
        emotionCorrect.getStyleClass().add("flat");
        emotionCorrect.setText(messages.tr("chat.emotion.correct"));
        emotionCorrect.setTooltip(new Tooltip(messages.tr("chat.emotion.correct.tip")));
        for (com.afterdesk.domain.Emotion e : com.afterdesk.domain.Emotion.values()) {
            MenuItem item = new MenuItem(messages.tr(e.labelKey()));
            item.setId("emotion-" + e.name());
            item.setOnAction(x -> model.correctEmotion(e));
            emotionCorrect.getItems().add(item);
        }
        HBox emotionRow = new HBox(6, emotion, emotionCorrect);
        emotionRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(8, classTitle, categoryChips, emotionRow, suggTitle, suggestionsBox);
        box.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("chat-side");
        scroll.setMinWidth(260);
        return scroll;
    }

    /** A further category is shown beside the best one from this score on (below it, it is noise, "0.00"). */
    private static final double CHIP_FROM = 0.05;

    private void showAdvice(ChatAssist.Advice a) {
        categoryChips.getChildren().clear();
        List<ChatAssist.CategoryScore> shown = new ArrayList<>();
        for (ChatAssist.CategoryScore c : a.categories()) {
            if (c.score() > 0 && (shown.isEmpty() || c.score() >= CHIP_FROM) && shown.size() < 4) {
                shown.add(c);
            }
        }
        for (ChatAssist.CategoryScore cs : shown) {
            Label chip = new Label(messages.tr("category." + cs.category().name()) + " "
                    + String.format(Locale.ROOT, "%.2f", cs.score()));
            chip.getStyleClass().add("category-chip");
            categoryChips.getChildren().add(chip);
        }
        for (Category also : a.alsoAbout()) {
            if (shown.stream().noneMatch(x -> x.category() == also)) {
                Label chip = new Label(messages.tr("chat.alsoAbout", messages.tr("category." + also.name())));
                chip.getStyleClass().addAll("category-chip", "also-chip");
                chip.setTooltip(new Tooltip(messages.tr("chat.alsoAbout.tip")));
                categoryChips.getChildren().add(chip);
            }
        }
        emotion.setText(a.categories().isEmpty() ? "" : messages.tr("chat.emotion", messages.tr(a.emotion().labelKey())));
        emotionCorrect.setVisible(!a.categories().isEmpty());
        emotionCorrect.setManaged(!a.categories().isEmpty());
        emotion.getStyleClass().removeAll("emotion-CALM", "emotion-UPSET", "emotion-ANGRY");
        emotion.getStyleClass().add("emotion-" + a.emotion().name());
    }

    private void showSuggestions() {
        suggestionsBox.getChildren().clear();
        List<ChatAssist.Suggested> list = model.suggestions();
        if (list.isEmpty()) {
            Label none = new Label(messages.tr("chat.suggestions.none"));
            none.setWrapText(true);
            none.getStyleClass().add("text-muted");
            suggestionsBox.getChildren().add(none);
        }
        for (int i = 0; i < list.size(); i++) {
            ChatAssist.Suggested s = list.get(i);
            int n = i + 1;
            Label title = new Label("Ctrl+" + n + "  " + (s.script().title().isBlank() ? s.script().id()
                    : s.script().title()));
            title.getStyleClass().add("suggestion-title");
            Label meta = new Label(messages.tr(s.script().stage().labelKey()) + " · "
                    + messages.tr("chat.suggestion.score", String.format(Locale.ROOT, "%.2f", s.score()))
                    + (s.script().code() == null ? "" : " · " + s.script().code()));
            meta.getStyleClass().add("text-muted");
            Label text = new Label(com.afterdesk.scripts.Placeholders.fill(s.script().text(),
                    model.placeholderValues()));
            text.setWrapText(true);
            text.getStyleClass().add("suggestion-text");
            Label why = new Label(why(s));
            why.setWrapText(true);
            if (s.reason() != null && !s.reason().isBlank()) {
                why.setTooltip(new Tooltip(s.reason()));
            }
            why.getStyleClass().add("suggestion-reason");
            VBox card = new VBox(2, title, meta, text, why);
            card.setId("suggestion" + n);
            card.getStyleClass().add("suggestion-card");
            card.setOnMouseClicked(e -> insert(n));
            suggestionsBox.getChildren().add(card);
        }
    }

    /** Why a script is suggested, in the user's language: what it is for and what in the message led to it. */
    private String why(ChatAssist.Suggested s) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add((s.script().isGeneral() ? messages.tr("chat.suggestion.general")
                : messages.tr("category." + s.script().category().name())) + " · "
                + messages.tr(s.script().stage().labelKey()));
        ChatAssist.Advice advice = model.adviceProperty().get();
        if (s.script().stage() == com.afterdesk.domain.Stage.SOOTHE && advice.emotion().needsSoothing()) {
            parts.add(messages.tr("chat.suggestion.sootheFirst", messages.tr(advice.emotion().labelKey())));
        }
        if (!s.script().isGeneral() && advice.alsoAbout().contains(s.script().category())) {
            parts.add(messages.tr("chat.suggestion.alsoRaised"));
        }
        if (s.reason() != null && s.reason().contains("chosen before")) {
            parts.add(messages.tr("chat.suggestion.chosenBefore"));
        }
        return messages.tr("chat.suggestion.why", String.join("；", parts));
    }

    private void showFindings() {
        findingsBox.getChildren().clear();
        int i = 0;
        for (ChatAssist.Issue issue : model.findings()) {
            i++;
            String severityKey = switch (issue.severity()) {
                case BLOCK -> "chat.severity.BLOCK";
                case WARN -> "chat.severity.WARN";
                case INFO -> "chat.severity.INFO";
            };
            Label head = new Label(messages.tr(severityKey) + "  "
                    + quote(issue), new FontIcon(issue.severity() == ChatAssist.Severity.BLOCK
                    ? MaterialDesignC.CLOSE_OCTAGON_OUTLINE : MaterialDesignS.SHIELD_ALERT_OUTLINE));
            head.getStyleClass().add("finding-head");
            Label message = new Label(issue.message());
            message.setWrapText(true);
            VBox box = new VBox(3, head, message);
            box.setId("finding" + i);
            box.getStyleClass().addAll("finding", "finding-" + issue.severity().name());
            if (issue.hasRewrite()) {
                Button rewrite = new Button(issue.suggestion().isEmpty() ? messages.tr("chat.findings.delete")
                        : messages.tr("chat.findings.rewrite", issue.suggestion()));
                rewrite.setId("rewrite" + i);
                rewrite.getStyleClass().add("small");
                rewrite.setWrapText(true);
                rewrite.setOnAction(e -> model.applyRewrite(issue).ifPresent(this::apply));
                box.getChildren().add(rewrite);
            }
            findingsBox.getChildren().add(box);
        }

    }

    private String quote(ChatAssist.Issue issue) {
        String text = composer.getText();
        if (issue.start() >= 0 && issue.end() <= text.length() && issue.start() < issue.end()) {
            return "“" + text.substring(issue.start(), issue.end()) + "”";
        }
        return "";
    }

    // ---- bottom: the composer

    private Node composerArea() {
        composer.setId("composer");
        composer.setWrapText(true);
        composer.setPrefRowCount(4);
        composer.setPromptText(messages.tr("chat.composer.prompt"));
        composer.textProperty().bindBidirectional(model.composerTextProperty());
        composer.addEventFilter(KeyEvent.KEY_PRESSED, this::composerKey);
        composer.addEventFilter(KeyEvent.KEY_TYPED, this::composerTyped);
        send.setText(messages.tr("chat.send"));
        send.setGraphic(new FontIcon(MaterialDesignS.SEND));
        send.setId("sendReply");
        send.getStyleClass().add("accent");
        send.setDefaultButton(false);
        send.setTooltip(new Tooltip(messages.tr("chat.send.tooltip")));
        send.setOnAction(e -> send());
        Button clear = new Button(messages.tr("chat.composer.clear"));
        clear.setId("clearComposer");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> model.clearComposer());
        Label notice = new Label();
        notice.setId("chatNotice");
        notice.getStyleClass().add("chat-notice");
        notice.textProperty().bind(model.noticeProperty());
        Label error = new Label();
        error.setId("chatError");
        error.getStyleClass().add("chat-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Label hint = new Label(messages.tr("chat.composer.hint"));
        hint.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(10, hint, notice, error, spacer, clear, send);
        actions.setAlignment(Pos.CENTER_LEFT);
        // the quality findings sit right above the reply they are about
        findingsBox.visibleProperty().bind(Bindings.isNotEmpty(model.findings()));
        findingsBox.managedProperty().bind(findingsBox.visibleProperty());
        VBox box = new VBox(6, findingsBox, composer, actions);
        box.setPadding(new Insets(8, 10, 10, 10));
        box.getStyleClass().add("chat-composer");
        return box;
    }

    /** Set when a key press was handled here, so the character it would type is not inserted as well. */
    private boolean swallowTyped;

    private void composerTyped(KeyEvent e) {
        if (swallowTyped) {
            swallowTyped = false;
            e.consume();
        }
    }

    private void composerKey(KeyEvent e) {
        swallowTyped = false;
        if (e.isShortcutDown() && !e.isAltDown()) {
            int n = switch (e.getCode()) {
                case DIGIT1, NUMPAD1 -> 1;
                case DIGIT2, NUMPAD2 -> 2;
                case DIGIT3, NUMPAD3 -> 3;
                default -> 0;
            };
            if (n > 0) {
                insert(n);
                e.consume();
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                swallowTyped = true;
                send();
                e.consume();
                return;
            }
        }
        boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
        if (plain && (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.TAB)) {
            Optional<Composer.Edit> expanded = model.expandCode(composer.getCaretPosition());
            if (expanded.isPresent()) {
                apply(expanded.get());
                swallowTyped = true;
                e.consume();
                return;
            }
        }
        if (plain && e.getCode() == KeyCode.TAB) {
            int from = composer.getSelection().getLength() > 0 ? composer.getSelection().getEnd()
                    : composer.getCaretPosition();
            Optional<Composer.Edit> next = model.nextPlaceholder(from);
            if (next.isPresent()) {
                apply(next.get());
            } else {
                send.requestFocus();
            }
            swallowTyped = true;
            e.consume();
        }
    }

    private void insert(int n) {
        int caret = composer.getCaretPosition();
        String selected = composer.getSelectedText();
        if (!selected.isEmpty() && com.afterdesk.scripts.Placeholders.PATTERN.matcher(selected).matches()) {
            // the placeholder selected after the previous insert: stack the next script after its line
            int lineEnd = composer.getText().indexOf('\n', composer.getSelection().getEnd());
            caret = lineEnd < 0 ? composer.getLength() : lineEnd;
        }
        model.insertSuggestion(n, caret).ifPresent(this::apply);
        composer.requestFocus();
    }

    private void apply(Composer.Edit edit) {
        if (!edit.text().equals(composer.getText())) {
            composer.setText(edit.text());
        }
        composer.requestFocus();
        composer.selectRange(edit.selectStart(), edit.selectEnd());
    }

    private void send() {
        model.send(false, result -> {
            if (result == ChatViewModel.SendResult.NEEDS_CONFIRM) {
                Optional<javafx.stage.Window> owner = Optional.ofNullable(root.getScene()).map(s -> s.getWindow());
                if (Dialogs.confirm(owner.orElse(null), messages, "chat.send.confirm.header",
                        messages.tr("chat.send.confirm.text"))) {
                    model.send(true, confirmed -> { });
                }
            } else if (result == ChatViewModel.SendResult.BLOCKED) {
                model.findings().stream().filter(i -> i.severity() == ChatAssist.Severity.BLOCK).findFirst()
                        .ifPresent(i -> {
                            composer.requestFocus();
                            if (i.end() <= composer.getLength() && i.start() < i.end()) {
                                composer.selectRange(i.start(), i.end());
                            }
                        });
            }
        });
    }
}
