package com.afterdesk.chat.ui;

import com.afterdesk.chat.ChatAssist;
import com.afterdesk.chat.ChatMessage;
import com.afterdesk.chat.ChatService;
import com.afterdesk.chat.Composer;
import com.afterdesk.chat.Conversation;
import com.afterdesk.chat.ConversationSummary;
import com.afterdesk.chat.MessageSource;
import com.afterdesk.chat.Role;
import com.afterdesk.common.Messages;
import com.afterdesk.common.TaskRunner;
import com.afterdesk.common.ui.Dialogs;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Platform;
import com.afterdesk.domain.Stage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chat pane's state and commands: the conversation list, the selected conversation, the buyer box, the
 * clipboard watch, the suggestions for the latest buyer message, the composer and sending with the quality
 * checks. It never touches controls: the view hands in caret positions and applies the returned edits.
 */
public final class ChatViewModel {

    /** How many suggestions are shown beside the composer (Ctrl+1..3). */
    public static final int SUGGESTIONS = 3;

    /** What happened when the agent pressed Send. */
    public enum SendResult { EMPTY, NO_CONVERSATION, BLOCKED, NEEDS_CONFIRM, SENT }

    private final ChatService service;
    private final ChatAssist assist;
    private final TaskRunner runner;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<String> clipboard;
    private final Composer composer = new Composer();
    private final com.afterdesk.chat.TranscriptImporter importer;
    private Map<String, String> placeholderValues = Map.of();
    private String lastClipboardSeen;
    private boolean primeClipboard;
    /** A reply is being checked: a second press of send waits for it. */
    private boolean sending;
    private String lastSentText;
    private long adviceRequest;

    // Properties
    private final ObservableList<ConversationSummary> conversations = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ConversationSummary> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ChatMessage> conversationMessages = FXCollections.observableArrayList();
    private final StringProperty buyerInput = new SimpleStringProperty("");
    private final ObservableList<java.nio.file.Path> pendingEvidence = FXCollections.observableArrayList();
    private final StringProperty newBuyerNick = new SimpleStringProperty("");
    private final ObjectProperty<Platform> newPlatform = new SimpleObjectProperty<>(Platform.TAOBAO);
    private final StringProperty composerText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ChatAssist.Advice> advice = new ReadOnlyObjectWrapper<>(ChatAssist.Advice.NONE);
    private final ObservableList<ChatAssist.Suggested> suggestions = FXCollections.observableArrayList();
    private final ObservableList<ChatAssist.Issue> findings = FXCollections.observableArrayList();
    private final BooleanProperty clipboardWatch = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ChatMessage> lastClipboardMessage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Duration> waitingThreshold =
            new ReadOnlyObjectWrapper<>(ChatService.DEFAULT_WAITING_THRESHOLD);
    private final ReadOnlyBooleanWrapper canOpenCase = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ChatViewModel(ChatService service, ChatAssist assist, TaskRunner runner, Messages messages,
                         Consumer<String> clipboard) {
        this.service = service;
        this.assist = assist;
        this.runner = runner;
        this.messages = messages;
        this.clock = service.clock();
        this.clipboard = clipboard;
        this.importer = new com.afterdesk.chat.TranscriptImporter(service.repository(), clock);
        this.now.set(clock.instant());
        clipboardWatch.addListener((obs, was, on) -> {
            primeClipboard = on;
            if (!on) {
                lastClipboardMessage.set(null);
            }
        });
    }

    // Commands

    /** Loads the conversation list and the settings; keeps the selection. */
    public void refresh() {
        runner.run(messages.tr("chat.status.loading"), p -> new Loaded(service.conversations(),
                service.waitingThreshold(), assist.openCases(OPEN_CASES)), loaded -> {
                    waitingThreshold.set(loaded.threshold());
                    openCases = loaded.openCases();
                    showConversations(loaded.conversations());
                }, this::fail);
    }

    /** How many open cases without a conversation the list shows at most. */
    static final int OPEN_CASES = 200;
    private List<ChatAssist.OpenCase> openCases = List.of();

    private record Loaded(List<ConversationSummary> conversations, Duration threshold,
                          List<ChatAssist.OpenCase> openCases) {
    }

    private void showConversations(List<ConversationSummary> list) {
        Long keep = selected.get() == null ? null : selected.get().conversation().id();
        java.util.Set<Long> withChat = new java.util.HashSet<>();
        list.forEach(s -> {
            if (s.conversation().hasCase()) {
                withChat.add(s.conversation().caseId());
            }
        });
        List<ConversationSummary> all = new java.util.ArrayList<>(list);
        for (ChatAssist.OpenCase c : openCases) {
            if (!withChat.contains(c.caseId())) {
                // an open case nobody has chatted about yet: listed under a negative id until its first message
                all.add(new ConversationSummary(new Conversation(-c.caseId(), c.caseId(), c.platform(), c.buyerNick(),
                        c.openedAt(), c.openedAt()), Optional.empty(), Optional.empty(), 0));
            }
        }
        list = all;
        conversations.setAll(list);
        if (keep != null) {
            list.stream().filter(s -> s.conversation().id() == keep).findFirst().ifPresent(selected::set);
            updateCanOpenCase();
        }
    }

    /** Shows a conversation: its messages, the suggestions for its latest buyer message, its placeholder values. */
    public void select(ConversationSummary summary) {
        boolean changed = summary == null || selected.get() == null
                || selected.get().conversation().id() != summary.conversation().id();
        selected.set(summary);
        if (changed) {
            findings.clear();
            lastClipboardMessage.set(null);
        }
        if (summary == null) {
            conversationMessages.clear();
            placeholderValues = Map.of();
            showAdvice(ChatAssist.Advice.NONE);
            updateCanOpenCase();
            return;
        }
        if (summary.conversation().id() < 0) {
            startCaseConversation(summary.conversation());
            return;
        }
        Conversation conv = summary.conversation();
        runner.run(messages.tr("chat.status.loading"), p -> {
            Map<String, String> values = new HashMap<>(service.defaultPlaceholderValues());
            values.putAll(assist.placeholderValues(conv));
            return new Opened(service.messages(conv.id()), values);
        }, opened -> {
                    if (selected.get() == null || selected.get().conversation().id() != conv.id()) {
                        return;
                    }
                    conversationMessages.setAll(opened.messages());
                    Map<String, String> values = new HashMap<>(opened.values());
                    if (!conv.buyerNick().isBlank()) {
                        values.putIfAbsent("买家", conv.buyerNick());
                    }
                    placeholderValues = Map.copyOf(values);
                    updateCanOpenCase();
                    if (changed || advice.get() == ChatAssist.Advice.NONE) {
                        requestAdvice();
                    }
                }, this::fail);
    }

    private record Opened(List<ChatMessage> messages, Map<String, String> values) {
    }

    /** Opening an open case from the list starts its conversation. */
    private void startCaseConversation(Conversation pending) {
        runner.run(messages.tr("chat.status.saving"), p -> {
            Conversation conv = service.startConversation(pending.platform(), pending.buyerNick(), pending.caseId());
            return new Created(conv, service.conversations());
        }, created -> {
            showConversations(created.all());
            selectById(created.conversation().id());
        }, this::fail);
    }

    /** Starts a conversation with the buyer named in the "new conversation" fields and selects it. */
    public void newConversation() {
        Platform platform = newPlatform.get() == null ? Platform.OTHER : newPlatform.get();
        String nick = newBuyerNick.get() == null ? "" : newBuyerNick.get().strip();
        runner.run(messages.tr("chat.status.saving"), p -> {
            Conversation conv = service.startConversation(platform, nick, null);
            return new Created(conv, service.conversations());
        }, created -> {
            newBuyerNick.set("");
            showConversations(created.all());
            selectById(created.conversation().id());
        }, this::fail);
    }

    private record Created(Conversation conversation, List<ConversationSummary> all) {
    }

    /**
     * Adds the text of the buyer box as a buyer message of the selected conversation (starting a conversation
     * when none is selected). The box is cleared only once the message is stored.
     */
    public void addBuyerMessage() {
        String text = buyerInput.get();
        List<java.nio.file.Path> images = List.copyOf(pendingEvidence);
        if ((text == null || text.isBlank()) && images.isEmpty()) {
            error.set(messages.tr("chat.message.empty"));
            return;
        }
        addBuyer(text, MessageSource.PASTE, images, () -> {
            buyerInput.set("");
            pendingEvidence.removeAll(images);
        });
    }

    private void addBuyer(String text, MessageSource source, Runnable onStored) {
        addBuyer(text, source, List.of(), onStored);
    }

    private void addBuyer(String text, MessageSource source, List<java.nio.file.Path> images, Runnable onStored) {
        ConversationSummary current = selected.get();
        Platform platform = newPlatform.get() == null ? Platform.OTHER : newPlatform.get();
        String nick = newBuyerNick.get() == null ? "" : newBuyerNick.get().strip();
        runner.run(messages.tr("chat.status.saving"), p -> {
            ChatMessage m = current != null
                    ? service.addBuyerMessage(current.conversation().id(), text, source, images)
                    : service.startWithBuyerMessage(platform, nick, text, source, images);
            return new Added(m, service.conversations());
        }, added -> {
            error.set("");
            onStored.run();
            if (source == MessageSource.CLIPBOARD) {
                lastClipboardMessage.set(added.message());
            }
            showConversations(added.all());
            if (current == null) {
                newBuyerNick.set("");
                selectById(added.message().conversationId());
            } else if (isSelected(current)) {
                conversationMessages.add(added.message());
                updateCanOpenCase();
                requestAdvice();
            }
        }, this::fail);
    }

    private record Added(ChatMessage message, List<ConversationSummary> all) {
    }

    private boolean isSelected(ConversationSummary s) {
        return selected.get() != null && selected.get().conversation().id() == s.conversation().id();
    }

    private void selectById(long id) {
        conversations.stream().filter(s -> s.conversation().id() == id).findFirst().ifPresent(this::select);
    }

    /**
     * The clipboard watch: text the agent copied elsewhere becomes a buyer message of the selected conversation.
     * Called with the clipboard's text on every poll; only a change counts, the text that was there when the
     * watch was switched on and the replies AfterDesk itself put there are ignored.
     */
    public void onClipboardText(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (primeClipboard) {
            primeClipboard = false;
            lastClipboardSeen = text;
            return;
        }
        if (!clipboardWatch.get() || text.equals(lastClipboardSeen)) {
            return;
        }
        lastClipboardSeen = text;
        if (text.equals(lastSentText)) {
            return;
        }
        if (selected.get() == null) {
            notice.set(messages.tr("chat.clipboard.noConversation"));
            return;
        }
        addBuyer(text, MessageSource.CLIPBOARD, () -> notice.set(messages.tr("chat.clipboard.added")));
    }

    /**
     * Imports a transcript file into a conversation (the selected conversation's case when it has one), all or
     * nothing; a file with problems is reported with every problem and its line.
     */
    public void importTranscript(java.nio.file.Path file) {
        ConversationSummary current = selected.get();
        Long caseId = current != null && current.conversation().hasCase() && current.conversation().id() > 0
                ? current.conversation().caseId() : null;
        Platform platform = current != null ? current.conversation().platform() : newPlatform.get();
        runner.run(messages.tr("chat.status.importing"), p -> {
            var result = importer.importFile(file, new com.afterdesk.chat.TranscriptImporter.Target(caseId, platform,
                    false));
            return new Imported(result, service.conversations());
        }, imported -> {
            error.set("");
            notice.set(messages.tr("chat.import.done", imported.result().imported(), imported.result().skipped()));
            showConversations(imported.all());
            selectById(imported.result().conversationId());
        }, e -> error.set(e instanceof com.afterdesk.chat.TranscriptException te ? te.describeAll(messages)
                : Dialogs.describe(messages, e)));
    }

    private record Imported(com.afterdesk.chat.TranscriptImporter.Result result, List<ConversationSummary> all) {
    }

    /** Takes back the last message the clipboard watch added. */
    public void undoClipboard() {
        ChatMessage m = lastClipboardMessage.get();
        if (m == null) {
            return;
        }
        runner.run(messages.tr("chat.status.saving"), p -> {
            service.undo(m.id());
            return service.conversations();
        }, all -> {
            lastClipboardMessage.set(null);
            conversationMessages.removeIf(x -> x.id() == m.id());
            notice.set(messages.tr("chat.clipboard.undone"));
            showConversations(all);
            requestAdvice();
        }, this::fail);
    }

    /**
     * Asks for suggestions for the latest buyer message of the selected conversation, read together with the
     * buyer's previous messages so a short follow-up keeps its topic.
     */
    void requestAdvice() {
        ConversationSummary current = selected.get();
        Optional<ChatMessage> latest = latestBuyerMessage();
        if (current == null || latest.isEmpty()) {
            showAdvice(ChatAssist.Advice.NONE);
            return;
        }
        long request = ++adviceRequest;
        ChatAssist.StageContext stage = stageContext();
        String topic = com.afterdesk.chat.BuyerTopic.text(List.copyOf(conversationMessages));
        runner.run(messages.tr("chat.status.suggesting"), p -> assist.advise(topic,
                current.conversation().platform(), stage, SUGGESTIONS), a -> {
                    if (request == adviceRequest) {
                        showAdvice(a);
                    }
                }, this::fail);
    }

    /**
     * The agent reads the buyer's latest message with another emotion: the engine remembers it for this message
     * and similar ones (so the soothing scripts come first, or no longer do) and the suggestions are asked again.
     */
    public void correctEmotion(com.afterdesk.domain.Emotion emotion) {
        Optional<ChatMessage> latest = latestBuyerMessage();
        if (latest.isEmpty() || emotion == null) {
            return;
        }
        String text = latest.get().text();
        // the advice reads the latest message together with the buyer's earlier ones: both learn the correction
        String topic = com.afterdesk.chat.BuyerTopic.text(List.copyOf(conversationMessages));
        runner.run(messages.tr("chat.status.saving"), p -> {
            assist.correctEmotion(text, emotion);
            if (!topic.equals(text)) {
                assist.correctEmotion(topic, emotion);
            }
            return emotion;
        }, e -> {
            notice.set(messages.tr("chat.emotion.corrected", messages.tr(e.labelKey())));
            requestAdvice();
        }, this::fail);
    }

    private void showAdvice(ChatAssist.Advice a) {
        advice.set(a);
        suggestions.setAll(a.scripts().subList(0, Math.min(SUGGESTIONS, a.scripts().size())));
        updateCanOpenCase();
    }

    /** Where the selected conversation stands: first reply, evidence asked for and received, last stage. */
    ChatAssist.StageContext stageContext() {
        Stage previous = null;
        boolean replied = false;
        boolean requested = false;
        boolean received = false;
        for (ChatMessage m : conversationMessages) {
            if (m.role() == Role.AGENT) {
                replied = true;
                Optional<Stage> stage = m.scriptId() == null ? Optional.empty()
                        : assist.script(m.scriptId()).map(s -> s.stage());
                if (stage.isPresent()) {
                    previous = stage.get();
                    if (previous == Stage.ASK) {
                        requested = true;
                        received = false;
                    }
                }
            } else if (requested && (!m.evidence().isEmpty() || m.text().contains(ChatService.IMAGE_ONLY_TEXT)
                    || m.text().contains("[视频]"))) {
                received = true;
            }
        }
        ConversationSummary current = selected.get();
        Long caseId = current != null && current.conversation().hasCase() ? current.conversation().caseId() : null;
        return new ChatAssist.StageContext(!replied, requested, received, previous, caseId);
    }

    /** The buyer's newest message in the selected conversation. */
    public Optional<ChatMessage> latestBuyerMessage() {
        for (int i = conversationMessages.size() - 1; i >= 0; i--) {
            if (conversationMessages.get(i).role() == Role.BUYER) {
                return Optional.of(conversationMessages.get(i));
            }
        }
        return Optional.empty();
    }

    /** Inserts suggestion {@code n} (1-based) at the caret; empty when there is no such suggestion. */
    public Optional<Composer.Edit> insertSuggestion(int n, int caret) {
        if (n < 1 || n > suggestions.size()) {
            return Optional.empty();
        }
        Composer.Edit edit = composer.insert(composerText.get(), caret, suggestions.get(n - 1).script(),
                placeholderValues);
        composerText.set(edit.text());
        findings.clear();
        return Optional.of(edit);
    }

    /** Expands a {@code /code} right before the caret into its script. */
    public Optional<Composer.Edit> expandCode(int caret) {
        Optional<Composer.Edit> edit = composer.expandCode(composerText.get(), caret, assist::scriptByCode,
                placeholderValues);
        edit.ifPresent(e -> {
            composerText.set(e.text());
            findings.clear();
        });
        return edit;
    }

    /** The next unfilled placeholder after the caret, to select. */
    public Optional<Composer.Edit> nextPlaceholder(int caret) {
        return Composer.nextPlaceholder(composerText.get(), caret);
    }

    /**
     * Sends the composer's text: runs the quality checks in the background (they read the case from the database
     * and classify the buyer's message); BLOCK findings stop it, WARN findings need {@code confirmed}; then copies
     * the reply to the clipboard, logs it and records the scripts used. {@code then} hears how it ended, on the UI
     * thread; a second send while one is being checked is ignored.
     */
    public void send(boolean confirmed, Consumer<SendResult> then) {
        String text = composerText.get() == null ? "" : composerText.get().strip();
        if (text.isEmpty()) {
            error.set(messages.tr("chat.message.empty"));
            then.accept(SendResult.EMPTY);
            return;
        }
        ConversationSummary current = selected.get();
        if (current == null) {
            error.set(messages.tr("chat.send.noConversation"));
            then.accept(SendResult.NO_CONVERSATION);
            return;
        }
        if (sending) {
            return;
        }
        sending = true;
        String buyerText = latestBuyerMessage().map(ChatMessage::text).orElse("");
        List<String> scriptIds = composer.scriptIds();
        double ratio = composer.editRatio(text);
        runner.run(messages.tr("chat.status.checking"),
                p -> assist.check(text, current.conversation(), buyerText, messages), found -> {
                    sending = false;
                    // what blocks sending first, then in reading order
                    List<ChatAssist.Issue> issues = found.stream()
                            .sorted(java.util.Comparator.comparing(ChatAssist.Issue::severity)
                                    .thenComparingInt(ChatAssist.Issue::start)).toList();
                    findings.setAll(issues);
                    if (issues.stream().anyMatch(i -> i.severity() == ChatAssist.Severity.BLOCK)) {
                        error.set(messages.tr("chat.send.blocked"));
                        then.accept(SendResult.BLOCKED);
                    } else if (!confirmed && issues.stream()
                            .anyMatch(i -> i.severity() == ChatAssist.Severity.WARN)) {
                        then.accept(SendResult.NEEDS_CONFIRM);
                    } else {
                        deliver(current, text, buyerText, scriptIds, ratio);
                        then.accept(SendResult.SENT);
                    }
                }, failure -> {
                    sending = false;
                    fail(failure);
                });
    }

    /** Copies a checked reply to the clipboard, then logs it and what it was made of. */
    private void deliver(ConversationSummary current, String text, String buyerText, List<String> scriptIds,
                         double ratio) {
        lastSentText = text;
        clipboard.accept(text);
        runner.run(messages.tr("chat.status.saving"), p -> {
            ChatMessage m = service.logReply(current.conversation().id(), text, scriptIds,
                    scriptIds.isEmpty() ? null : ratio);
            if (!scriptIds.isEmpty()) {
                assist.recordSent(buyerText, scriptIds, ratio > 0, ratio);
            }
            return new Added(m, service.conversations());
        }, added -> {
            composer.reset();
            if (text.equals(composerText.get() == null ? "" : composerText.get().strip())) {
                composerText.set("");
            }
            findings.clear();
            error.set("");
            notice.set(messages.tr("chat.send.copied"));
            if (isSelected(current)) {
                conversationMessages.add(added.message());
            }
            showConversations(added.all());
        }, this::fail);
    }

    /** Replaces the span of a finding with its suggested rewrite. */
    public Optional<Composer.Edit> applyRewrite(ChatAssist.Issue issue) {
        String text = composerText.get();
        if (!issue.hasRewrite() || issue.start() < 0 || issue.end() > text.length() || issue.start() > issue.end()) {
            return Optional.empty();
        }
        String result = text.substring(0, issue.start()) + issue.suggestion() + text.substring(issue.end());
        composerText.set(result);
        findings.remove(issue);
        int caret = issue.start() + issue.suggestion().length();
        return Optional.of(new Composer.Edit(result, caret, caret));
    }

    /** Clears the composer and forgets the inserted scripts. */
    public void clearComposer() {
        composer.reset();
        composerText.set("");
        findings.clear();
    }

    /** The category a new case would get: the classifier's best guess for the latest buyer message. */
    public Category suggestedCategory() {
        return advice.get().topCategory().orElse(Category.OTHER);
    }

    /** The further matters the latest buyer message may raise; a new case records the ones the agent ticks. */
    public List<Category> suggestedAlsoAbout() {
        return advice.get().alsoAbout();
    }

    /**
     * Opens a case for the selected conversation with the chosen category and further matters, and attaches the
     * conversation to it.
     */
    public void openCase(Category category, java.util.Set<Category> alsoAbout, String orderNo) {
        ConversationSummary current = selected.get();
        Optional<ChatMessage> latest = latestBuyerMessage();
        if (current == null || current.conversation().hasCase() || latest.isEmpty()) {
            return;
        }
        runner.run(messages.tr("chat.status.saving"), p -> {
            long caseId = assist.openCase(current.conversation(), category,
                    alsoAbout == null ? java.util.Set.of() : alsoAbout, orderNo == null ? "" : orderNo.strip(),
                    latest.get().text());
            service.attachCase(current.conversation().id(), caseId);
            return new Opened2(caseId, service.conversations());
        }, opened -> {
            notice.set(messages.tr("chat.case.opened", opened.caseId()));
            showConversations(opened.all());
            selectById(current.conversation().id());
        }, this::fail);
    }

    private record Opened2(long caseId, List<ConversationSummary> all) {
    }

    /** Called by the one shared timer: moves "now" so waiting times and highlights update. */
    public void tick() {
        now.set(clock.instant());
    }

    /** True when the buyer of this conversation has been waiting longer than the threshold. */
    public boolean overdue(ConversationSummary summary) {
        return summary.waiting(now.get()).compareTo(waitingThreshold.get()) > 0;
    }

    /** True when this buyer message is still unanswered and has waited longer than the threshold. */
    public boolean overdue(ChatMessage m) {
        ConversationSummary s = selected.get();
        if (m.role() != Role.BUYER || s == null || s.conversation().id() != m.conversationId()) {
            return false;
        }
        ChatMessage lastAgent = null;
        for (ChatMessage x : conversationMessages) {
            if (x.role() == Role.AGENT) {
                lastAgent = x;
            }
        }
        boolean unanswered = lastAgent == null || m.sentAt().isAfter(lastAgent.sentAt())
                || (m.sentAt().equals(lastAgent.sentAt()) && m.id() > lastAgent.id());
        return unanswered && Duration.between(m.sentAt(), now.get()).compareTo(waitingThreshold.get()) > 0;
    }

    private void updateCanOpenCase() {
        ConversationSummary s = selected.get();
        canOpenCase.set(assist.canOpenCases() && s != null && !s.conversation().hasCase()
                && latestBuyerMessage().isPresent());
    }

    private void fail(Throwable e) {
        error.set(Dialogs.describe(messages, e));
    }

    /** Clears the notice line (after the view showed it). */
    public void clearNotice() {
        notice.set("");
    }

    // Property accessors

    public ObservableList<ConversationSummary> conversations() {
        return conversations;
    }

    public ReadOnlyObjectProperty<ConversationSummary> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObservableList<ChatMessage> messages() {
        return conversationMessages;
    }

    /** Pictures chosen to go with the next buyer message (evidence). */
    public ObservableList<java.nio.file.Path> pendingEvidence() {
        return pendingEvidence;
    }

    public StringProperty buyerInputProperty() {
        return buyerInput;
    }

    public StringProperty newBuyerNickProperty() {
        return newBuyerNick;
    }

    public ObjectProperty<Platform> newPlatformProperty() {
        return newPlatform;
    }

    public StringProperty composerTextProperty() {
        return composerText;
    }

    public ReadOnlyObjectProperty<ChatAssist.Advice> adviceProperty() {
        return advice.getReadOnlyProperty();
    }

    public ObservableList<ChatAssist.Suggested> suggestions() {
        return suggestions;
    }

    public ObservableList<ChatAssist.Issue> findings() {
        return findings;
    }

    public BooleanProperty clipboardWatchProperty() {
        return clipboardWatch;
    }

    public ReadOnlyObjectProperty<ChatMessage> lastClipboardMessageProperty() {
        return lastClipboardMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Duration> waitingThresholdProperty() {
        return waitingThreshold.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canOpenCaseProperty() {
        return canOpenCase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    Map<String, String> placeholderValues() {
        return placeholderValues;
    }
}
