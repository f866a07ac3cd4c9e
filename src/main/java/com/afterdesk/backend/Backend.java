package com.afterdesk.backend;

import com.afterdesk.chat.ChatService;
import com.afterdesk.chat.ConversationRepository;
import com.afterdesk.chat.ServicesChatAssist;
import com.afterdesk.chat.TranscriptImporter;
import com.afterdesk.common.Messages;
import com.afterdesk.common.UserException;
import com.afterdesk.quality.QualityRules;
import com.afterdesk.quality.ReplyChecker;
import com.afterdesk.quality.ReplyContext;
import com.afterdesk.storage.DataFolder;
import com.afterdesk.storage.Database;
import com.afterdesk.storage.SettingsStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Composition of the plain-Java services for one data folder, shared by the desktop app and the command
 * line so both compute exactly the same things. Plain constructor wiring; no JavaFX here.
 */
public final class Backend implements AutoCloseable {

    private final DataFolder folder;
    private final Database database;
    private final Clock clock;
    private final SettingsStore settings;
    private final Preferences preferences;
    private final ChatService chat;
    private final TranscriptImporter chatImporter;
    private final ServicesChatAssist chatAssist;
    private final ReplyChecker replyChecker;
    /**
     * Case facts for the reply checks by case id; null until the case log is wired in, e.g.
     * {@code id -> cases.find(id).map(CaseReplyContext::of)}. The topic check can likewise use the classifier:
     * {@code new ReplyChecker(...).withTopics(...)}.
     */
    private final Function<Long, Optional<ReplyContext>> replyContexts = null;

    private Backend(DataFolder folder, Database database, Clock clock) {
        this.folder = folder;
        this.database = database;
        this.clock = clock;
        this.settings = new SettingsStore(database, clock);
        this.preferences = new Preferences(settings);
        ConversationRepository conversations = new ConversationRepository(database);
        this.chat = new ChatService(conversations, settings, clock, folder.attachments());
        this.chatImporter = new TranscriptImporter(conversations, clock);
        this.replyChecker = new ReplyChecker(QualityRules.forFolder(folder.root()), null, clock, this::messages);
        this.chatAssist = new ServicesChatAssist(replyChecker,
                id -> replyContexts == null ? Optional.empty() : replyContexts.apply(id));
    }

    /**
     * Opens the data folder (creating it on first use) and its database, migrating the schema.
     *
     * @throws com.afterdesk.common.UserException when the folder or the database cannot be used; nothing is
     *                                            changed in that case
     */
    public static Backend open(Path home, Clock clock) {
        DataFolder folder = DataFolder.open(home);
        Database database = Database.open(folder, clock);
        return new Backend(folder, database, clock);
    }

    /**
     * Checks that a data folder and its database can be opened by this version, without creating or
     * changing anything but the folder itself. Used before taking the single-window lock.
     */
    public static void preflight(Path home) {
        DataFolder folder = DataFolder.open(home);
        Database.preflight(folder);
    }

    public DataFolder folder() {
        return folder;
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public SettingsStore settings() {
        return settings;
    }

    public Preferences preferences() {
        return preferences;
    }

    public ChatService chat() {
        return chat;
    }

    public TranscriptImporter chatImporter() {
        return chatImporter;
    }

    /** What the chat pane uses of the other features (suggestions, scripts, checks, cases). */
    public ServicesChatAssist chatAssist() {
        return chatAssist;
    }

    /** The quality checks on outgoing replies (default rules plus the shop's quality-rules.json). */
    public ReplyChecker replyChecker() {
        return replyChecker;
    }

    /**
     * What the reply checks know of a case.
     *
     * @throws UserException when no case log is wired in yet
     */
    public Optional<ReplyContext> replyContext(long caseId) {
        if (replyContexts == null) {
            throw new UserException("quality.context.unwired");
        }
        return replyContexts.apply(caseId);
    }

    /** Messages in the language chosen in the settings (or the system's). */
    public Messages messages() {
        return preferences.messages(Locale.getDefault());
    }

    /** A fresh snapshot for the status bar. */
    public StatusSnapshot status() {
        return new StatusSnapshot(folder.root(), database.sizeOnDisk(), 0, 0, chat.count(), Optional.empty());
    }

    @Override
    public void close() {
        database.close();
    }
}
