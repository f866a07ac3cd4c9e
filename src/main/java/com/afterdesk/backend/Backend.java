package com.afterdesk.backend;

import com.afterdesk.chat.ChatService;
import com.afterdesk.chat.ConversationRepository;
import com.afterdesk.chat.ServicesChatAssist;
import com.afterdesk.chat.TranscriptImporter;
import com.afterdesk.cases.AlertTracker;
import com.afterdesk.cases.CaseService;
import com.afterdesk.common.Messages;
import com.afterdesk.common.UserException;
import com.afterdesk.quality.QualityRules;
import com.afterdesk.quality.ReplyChecker;
import com.afterdesk.quality.ReplyContext;
import com.afterdesk.customers.CustomerService;
import com.afterdesk.domain.Category;
import com.afterdesk.deadlines.RuleBook;
import com.afterdesk.scripts.ScriptLibrary;
import com.afterdesk.scripts.suggest.CategoryScore;
import com.afterdesk.scripts.suggest.ChoiceStore;
import com.afterdesk.scripts.suggest.Classification;
import com.afterdesk.scripts.suggest.Classifier;
import com.afterdesk.scripts.suggest.SuggestionEngine;
import com.afterdesk.storage.DataFolder;
import com.afterdesk.storage.Database;
import com.afterdesk.storage.SettingsStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
    private final DemoShop demoShop;
    private final TranscriptImporter chatImporter;
    private final ServicesChatAssist chatAssist;
    private final ReplyChecker replyChecker;
    /** Case facts for the reply checks, by case id. */
    private final Function<Long, Optional<ReplyContext>> replyContexts;
    private final RuleBook rules;
    private final CustomerService customers;
    private final CaseService cases;
    private final AlertTracker alerts;
    private final ScriptLibrary scripts;
    private final SuggestionEngine suggestions;

    private Backend(DataFolder folder, Database database, Clock clock) {
        this.folder = folder;
        this.database = database;
        this.clock = clock;
        this.settings = new SettingsStore(database, clock);
        this.preferences = new Preferences(settings);
        ConversationRepository conversations = new ConversationRepository(database);
        this.chat = new ChatService(conversations, settings, clock, folder.attachments());
        this.chatImporter = new TranscriptImporter(conversations, clock);
        this.rules = new RuleBook(database, clock);
        this.customers = new CustomerService(database, clock);
        this.cases = new CaseService(database, folder, clock, rules, settings);
        this.alerts = new AlertTracker(database, clock, settings, cases);
        this.replyContexts = id -> cases.find(id).map(Backend::replyContext);
        this.scripts = new ScriptLibrary(database, clock);
        Classifier classifier = new Classifier();
        this.suggestions = new SuggestionEngine(scripts, classifier, new ChoiceStore(database, clock));
        // the 答非所问 check reads the buyer's message with the classifier; replies with the rule files' topic words
        this.replyChecker = new ReplyChecker(QualityRules.forFolder(folder.root()), null, clock, this::messages)
                .withBuyerTopics(text -> buyerTopics(classifier, text));
        this.chatAssist = new ServicesChatAssist(replyChecker, replyContexts, cases, scripts,
                suggestions, clock);
        this.demoShop = new DemoShop(database, cases, clock, new DemoChats(conversations, database));
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

    /** The sample shop of the {@code demo} command and the first-start offer. */
    public DemoShop demoShop() {
        return demoShop;
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

    /** What the reply checks know of a case (empty when there is no such case). */
    public Optional<ReplyContext> replyContext(long caseId) {
        return replyContexts.apply(caseId);
    }

    /** What the reply checks need to know of a case: amounts, order number, the running platform deadline. */
    static ReplyContext replyContext(com.afterdesk.cases.CaseDetail d) {
        var r = d.record();
        var deadline = d.runningClocks().stream()
                .filter(c -> c.actor() == com.afterdesk.deadlines.Actor.SELLER && !c.paused())
                .map(com.afterdesk.deadlines.CaseClock::dueAt)
                .min(java.util.Comparator.naturalOrder()).orElse(null);
        return ReplyContext.none().withPostage(r.postageFen() > 0 ? r.postageFen() : null)
                .withPaid(r.amountFen() > 0 ? r.amountFen() : null)
                .withOrderNo(r.orderNo()).withPlatformDeadline(deadline).withCategory(r.category());
    }

    /** Platform rule presets, imports and this shop's duration edits. */
    public RuleBook rules() {
        return rules;
    }

    public CustomerService customers() {
        return customers;
    }

    public CaseService cases() {
        return cases;
    }

    /** Deadline alerts already shown / still to show. */
    public AlertTracker alerts() {
        return alerts;
    }

    /** The reply-script library (seeded from the default library on first use). */
    public ScriptLibrary scripts() {
        return scripts;
    }

    /**
     * The categories the classifier is reasonably sure a buyer message is about, most likely first, then the further
     * matters it raises in clauses of their own: a reply to either is on topic.
     */
    static List<Category> buyerTopics(Classifier classifier, String text) {
        Classification c = classifier.classify(text);
        List<Category> topics = new ArrayList<>(c.categories().stream().filter(s -> s.score() >= BUYER_TOPIC_FROM)
                .limit(3).map(CategoryScore::category).toList());
        c.secondary().stream().filter(x -> !topics.contains(x)).forEach(topics::add);
        return topics;
    }

    /** Probability from which a category counts as a topic of the buyer's message for the 答非所问 check. */
    private static final double BUYER_TOPIC_FROM = 0.15;

    /** Classifies buyer messages and ranks reply scripts; learns from the agent's choices. */
    public SuggestionEngine suggestions() {
        return suggestions;
    }

    /** Messages in the language chosen in the settings (or the system's). */
    public Messages messages() {
        return preferences.messages(Locale.getDefault());
    }

    /** A fresh snapshot for the status bar. */
    public StatusSnapshot status() {
        Optional<StatusSnapshot.NextDeadline> next = cases.nextSellerDeadline()
                .map(d -> new StatusSnapshot.NextDeadline(d.caseId(), d.orderNo(), d.dueAt(), d.onTimeout().name()));
        return new StatusSnapshot(folder.root(), database.sizeOnDisk(), cases.count(), customers.count(), chat.count(),
                next);
    }

    @Override
    public void close() {
        database.close();
    }
}
