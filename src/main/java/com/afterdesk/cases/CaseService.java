package com.afterdesk.cases;

import com.afterdesk.common.UserException;
import com.afterdesk.customers.CustomerRepository;
import com.afterdesk.customers.CustomerService;
import com.afterdesk.deadlines.Actor;
import com.afterdesk.deadlines.CaseClock;
import com.afterdesk.deadlines.CaseEvent;
import com.afterdesk.deadlines.CaseState;
import com.afterdesk.deadlines.ClockKind;
import com.afterdesk.deadlines.ClockSource;
import com.afterdesk.deadlines.Lifecycle;
import com.afterdesk.deadlines.Outcome;
import com.afterdesk.deadlines.RequestType;
import com.afterdesk.deadlines.RuleBook;
import com.afterdesk.deadlines.RuleSet;
import com.afterdesk.deadlines.TimeoutAction;
import com.afterdesk.deadlines.UrgencyPolicy;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import com.afterdesk.domain.Platform;
import com.afterdesk.domain.Remedy;
import com.afterdesk.storage.DataFolder;
import com.afterdesk.storage.Database;
import com.afterdesk.storage.SettingsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cases: open, apply events, platform due times, pause/resume, edits, evidence, follow-ups, the case log.
 * Every change is one transaction with its history line; a refused change (UserException) changes nothing.
 * {@code actor} arguments are {@link HistoryEntry#AGENT}, {@link HistoryEntry#CLI} or {@link HistoryEntry#SYSTEM}.
 */
public final class CaseService {

    public static final int MAX_ORDER_NO = 64;
    /** Events may be recorded up to this much ahead of the clock (machines disagree a little). */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private final Database db;
    private final DataFolder folder;
    private final Clock clock;
    private final RuleBook rules;
    private final SettingsStore settings;
    private final CaseRepository repository;

    public CaseService(Database db, DataFolder folder, Clock clock, RuleBook rules, SettingsStore settings) {
        this.db = db;
        this.folder = folder;
        this.clock = clock;
        this.rules = rules;
        this.settings = settings;
        this.repository = new CaseRepository(db);
    }

    /** Now, to the millisecond (what the database stores). */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    public Clock clock() {
        return clock;
    }

    public RuleBook rules() {
        return rules;
    }

    /** Urgency thresholds from the settings (defaults: 2 h / 10 %, 24 h / 50 %). */
    public UrgencyPolicy urgencyPolicy() {
        UrgencyPolicy d = UrgencyPolicy.DEFAULT;
        return new UrgencyPolicy(
                duration(UrgencyPolicy.SETTING_CRITICAL, d.critical()),
                share(UrgencyPolicy.SETTING_CRITICAL_SHARE, d.criticalShare()),
                duration(UrgencyPolicy.SETTING_WARNING, d.warning()),
                share(UrgencyPolicy.SETTING_WARNING_SHARE, d.warningShare()));
    }

    private Duration duration(String key, Duration fallback) {
        try {
            return settings.get(key).map(Duration::parse).orElse(fallback);
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private double share(String key, double fallback) {
        try {
            return settings.get(key).map(Double::parseDouble).orElse(fallback);
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    // ---- create

    /**
     * Opens a case. With a request type other than NONE the request is opened at the opened time and the
     * platform clock starts. Refused (nothing written): blank/long order number, negative amount or postage,
     * opened time in the future.
     */
    public CaseDetail create(NewCase n, String actor) {
        if (n.platform() == null || n.type() == null) {
            throw new UserException("cases.create.incomplete");
        }
        String order = n.orderNo() == null ? "" : n.orderNo().strip();
        if (order.isEmpty()) {
            throw new UserException("cases.order.blank");
        }
        if (order.length() > MAX_ORDER_NO) {
            throw new UserException("cases.order.tooLong", MAX_ORDER_NO);
        }
        if (n.amountFen() < 0) {
            throw new UserException("cases.amount.negative");
        }
        if (n.postageFen() < 0) {
            throw new UserException("cases.postage.negative");
        }
        Instant now = now();
        Instant opened = n.openedAt() == null ? now : n.openedAt();
        if (opened.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new UserException("cases.opened.future");
        }
        String nick = n.buyerNick() == null || n.buyerNick().isBlank() ? null : CustomerService.checkNick(n.buyerNick());
        Category primary = n.category() == null ? Category.OTHER : n.category();
        NewCase clean = new NewCase(n.platform(), n.shop(), order, nick, n.product(), n.sku(), n.amountFen(),
                n.postageFen(), n.type(), n.shipped(), primary, secondaryBesides(primary, n.secondaryCategories()),
                n.emotion(), opened, n.notes());
        RuleSet ruleSet = rules.rules(n.platform());
        long id = db.transaction(c -> {
            Long customerId = nick == null ? null : CustomerRepository.findOrCreate(c, n.platform(), nick, now, false);
            long caseId = CaseRepository.insertCase(c, clean, customerId, nick, CaseState.OPEN, opened, now, false);
            CaseRepository.appendHistory(c, caseId, opened, actor, "CREATED", describe(clean), null, CaseState.OPEN);
            if (n.type() != RequestType.NONE) {
                applyInTransaction(c, caseId, CaseEvent.REQUEST_OPENED, opened, actor, ruleSet, now);
            }
            return caseId;
        });
        return detail(id);
    }

    private static String describe(NewCase n) {
        return "platform=" + n.platform().id() + " type=" + n.type() + " shipped=" + n.shipped() + " order="
                + n.orderNo() + " amountFen=" + n.amountFen() + " postageFen=" + n.postageFen() + " category="
                + n.category();
    }

    // ---- events

    /**
     * Applies an event at {@code at} (null = now). Refused with a clear message, nothing changed: an event the
     * state does not accept, a time before the case opened or before its last event, a time in the future.
     */
    public CaseDetail applyEvent(long caseId, CaseEvent event, Instant at, String actor) {
        Instant now = now();
        Instant when = at == null ? now : at;
        CaseRecord r = record(caseId);
        RuleSet ruleSet = rules.rules(r.platform());
        db.transaction(c -> {
            applyInTransaction(c, caseId, event, when, actor, ruleSet, now);
            return null;
        });
        return detail(caseId);
    }

    private void applyInTransaction(Connection c, long caseId, CaseEvent event, Instant at, String actor,
                                    RuleSet ruleSet, Instant now) throws SQLException {
        CaseRecord r = CaseRepository.findCase(c, caseId).orElseThrow(() -> new UserException("cases.notFound", String.valueOf(caseId)));
        if (at.isBefore(r.openedAt())) {
            throw new UserException("cases.event.beforeOpened", event.name(), at, r.openedAt());
        }
        if (at.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new UserException("cases.event.future", event.name(), at);
        }
        Optional<Instant> last = CaseRepository.lastEventAt(c, caseId);
        if (last.isPresent() && at.isBefore(last.get())) {
            throw new UserException("cases.event.beforeLast", event.name(), at, last.get());
        }
        List<CaseClock> clocks = CaseRepository.clocks(c, caseId);
        Lifecycle.Transition t = Lifecycle.apply(new Lifecycle.Facts(r.platform(), r.type(), r.shipped(), r.state(),
                r.openedAt()), clocks, event, at, ruleSet);
        List<CaseClock> saved = CaseRepository.saveClocks(c, caseId, t.clocks());
        CaseRepository.updateState(c, caseId, t.to(), t.outcome(), t.intervened(), t.shipped(), now);
        CaseRepository.appendHistory(c, caseId, at, actor, event.name(), String.join("; ", t.changes()), t.from(),
                t.to());
        FollowUps.onTransition(c, caseId, t, saved, now);
    }

    /** The events the case accepts now. */
    public Set<CaseEvent> allowedEvents(long caseId) {
        return detail(caseId).allowedEvents();
    }

    // ---- clocks

    /**
     * Enters the platform's exact timeout for the running clock (it then overrides the computed due time and is
     * marked PLATFORM). Without a running clock a MANUAL seller clock is started; its due time must not be past.
     */
    public CaseDetail setPlatformDue(long caseId, Instant due, String actor) {
        Instant now = now();
        db.transaction(c -> {
            CaseRecord r = CaseRepository.findCase(c, caseId)
                    .orElseThrow(() -> new UserException("cases.notFound", String.valueOf(caseId)));
            List<CaseClock> clocks = new ArrayList<>(CaseRepository.clocks(c, caseId));
            Optional<CaseClock> head = CaseRepository.head(clocks);
            if (head.isPresent() && head.get().kind() != ClockKind.MANUAL) {
                CaseClock h = head.get();
                if (!due.isAfter(h.startedAt())) {
                    throw new UserException("cases.due.beforeStart", due, h.startedAt());
                }
                clocks.set(clocks.indexOf(h), h.withPlatformDue(due));
                CaseRepository.saveClocks(c, caseId, clocks);
                CaseRepository.appendHistory(c, caseId, now, actor, "PLATFORM_DUE", h.kind() + " " + h.dueAt()
                        + " -> " + due, r.state(), null);
            } else {
                if (r.state().isFinal()) {
                    throw new UserException("cases.due.finished", r.state().name());
                }
                if (!due.isAfter(now)) {
                    throw new UserException("cases.due.past", due);
                }
                clocks.add(CaseClock.start(ClockKind.MANUAL, Actor.SELLER, now, due, TimeoutAction.NONE,
                        ClockSource.MANUAL, null));
                CaseRepository.saveClocks(c, caseId, clocks);
                CaseRepository.appendHistory(c, caseId, now, actor, "MANUAL_DUE", "MANUAL " + due, r.state(), null);
            }
            return null;
        });
        return detail(caseId);
    }

    /** Starts a clock the agent sets by hand (any kind and actor); the due time must be in the future. */
    public CaseDetail addManualClock(long caseId, ClockKind kind, Actor who, Instant due, TimeoutAction onTimeout,
                                     String actor) {
        Instant now = now();
        if (!due.isAfter(now)) {
            throw new UserException("cases.due.past", due);
        }
        db.transaction(c -> {
            CaseRecord r = CaseRepository.findCase(c, caseId)
                    .orElseThrow(() -> new UserException("cases.notFound", String.valueOf(caseId)));
            if (r.state().isFinal()) {
                throw new UserException("cases.due.finished", r.state().name());
            }
            List<CaseClock> clocks = new ArrayList<>(CaseRepository.clocks(c, caseId));
            clocks.add(CaseClock.start(kind, who, now, due, onTimeout == null ? TimeoutAction.NONE : onTimeout,
                    ClockSource.MANUAL, null));
            CaseRepository.saveClocks(c, caseId, clocks);
            CaseRepository.appendHistory(c, caseId, now, actor, "MANUAL_DUE", kind + " " + who + " " + due, r.state(),
                    null);
            return null;
        });
        return detail(caseId);
    }

    /** Pauses every running clock (platform intervention, account restriction); refused when none runs. */
    public CaseDetail pause(long caseId, String actor) {
        return pauseOrResume(caseId, actor, true);
    }

    /** Resumes paused clocks: each due time moves out by the time it was paused. */
    public CaseDetail resume(long caseId, String actor) {
        return pauseOrResume(caseId, actor, false);
    }

    private CaseDetail pauseOrResume(long caseId, String actor, boolean pause) {
        Instant now = now();
        db.transaction(c -> {
            CaseRecord r = CaseRepository.findCase(c, caseId)
                    .orElseThrow(() -> new UserException("cases.notFound", String.valueOf(caseId)));
            List<CaseClock> clocks = new ArrayList<>(CaseRepository.clocks(c, caseId));
            List<String> changed = new ArrayList<>();
            for (int i = 0; i < clocks.size(); i++) {
                CaseClock k = clocks.get(i);
                if (k.running() && k.paused() != pause) {
                    clocks.set(i, pause ? k.pause(now) : k.resume(now));
                    changed.add(k.kind().name());
                }
            }
            if (changed.isEmpty()) {
                throw new UserException(pause ? "cases.pause.nothing" : "cases.resume.nothing");
            }
            CaseRepository.saveClocks(c, caseId, clocks);
            CaseRepository.appendHistory(c, caseId, now, actor, pause ? "PAUSED" : "RESUMED",
                    String.join(", ", changed), r.state(), null);
            return null;
        });
        return detail(caseId);
    }

    // ---- edits

    public CaseDetail setNotes(long caseId, String notes, String actor) {
        return edit(caseId, actor, "NOTES", "notes", notes == null ? "" : notes, "");
    }

    /** The secondary categories without the primary (a category is one or the other), never null. */
    private static Set<Category> secondaryBesides(Category primary, Set<Category> secondary) {
        return secondary == null ? Set.of() : secondary.stream().filter(x -> x != primary)
                .collect(java.util.stream.Collectors.toSet());
    }

    public CaseDetail setCategory(long caseId, Category primary, Set<Category> secondary, String actor) {
        Set<Category> rest = secondaryBesides(primary, secondary);
        Instant now = now();
        db.transaction(c -> {
            CaseRecord r = CaseRepository.findCase(c, caseId)
                    .orElseThrow(() -> new UserException("cases.notFound", String.valueOf(caseId)));
            CaseRepository.updateColumn(c, caseId, "category", primary.name(), now);
            CaseRepository.updateColumn(c, caseId, "secondary_categories", CaseRepository.joinCategories(rest), now);
            CaseRepository.appendHistory(c, caseId, now, actor, "CATEGORY", HistoryEntry.categoryDetails(primary, rest),
                    r.state(), null);
            return null;
        });
        return detail(caseId);
    }

    public CaseDetail setEmotion(long caseId, Emotion emotion, String actor) {
        return edit(caseId, actor, "EMOTION", "emotion", emotion == null ? null : emotion.name(), String.valueOf(emotion));
    }

    public CaseDetail setRemedyOffered(long caseId, Remedy remedy, String actor) {
        return edit(caseId, actor, "REMEDY_OFFERED", "remedy_offered", remedy == null ? null : remedy.name(),
                String.valueOf(remedy));
    }

    public CaseDetail setRemedyAccepted(long caseId, Remedy remedy, String actor) {
        return edit(caseId, actor, "REMEDY_ACCEPTED", "remedy_accepted", remedy == null ? null : remedy.name(),
                String.valueOf(remedy));
    }

    /** Records the final outcome (e.g. COMPENSATED) on a finished case. */
    public CaseDetail setOutcome(long caseId, Outcome outcome, String actor) {
        CaseRecord r = record(caseId);
        if (outcome != null && !r.state().isFinal()) {
            throw new UserException("cases.outcome.notFinished", r.state().name());
        }
        return edit(caseId, actor, "OUTCOME", "outcome", outcome == null ? null : outcome.name(), String.valueOf(outcome));
    }

    public CaseDetail setProduct(long caseId, String product, String sku, String actor) {
        Instant now = now();
        db.transaction(c -> {
            CaseRecord r = CaseRepository.findCase(c, caseId)
                    .orElseThrow(() -> new UserException("cases.notFound", String.valueOf(caseId)));
            CaseRepository.updateColumn(c, caseId, "product", product == null ? "" : product.strip(), now);
            CaseRepository.updateColumn(c, caseId, "sku", sku == null ? "" : sku.strip(), now);
            CaseRepository.appendHistory(c, caseId, now, actor, "PRODUCT", product + " / " + sku, r.state(), null);
            return null;
        });
        return detail(caseId);
    }

    private CaseDetail edit(long caseId, String actor, String event, String column, String value, String details) {
        Instant now = now();
        db.transaction(c -> {
            CaseRecord r = CaseRepository.findCase(c, caseId)
                    .orElseThrow(() -> new UserException("cases.notFound", String.valueOf(caseId)));
            CaseRepository.updateColumn(c, caseId, column, value, now);
            CaseRepository.appendHistory(c, caseId, now, actor, event, details, r.state(), null);
            return null;
        });
        return detail(caseId);
    }

    // ---- evidence

    /** Checks or unchecks one checklist item ({@link EvidenceChecklist} keys). */
    public CaseDetail checkEvidence(long caseId, String item, boolean checked, String actor) {
        Evidence.checkKey(item);
        Instant now = now();
        db.transaction(c -> {
            CaseRecord r = CaseRepository.findCase(c, caseId)
                    .orElseThrow(() -> new UserException("cases.notFound", String.valueOf(caseId)));
            CaseRepository.setEvidenceChecked(c, caseId, item, checked, now);
            CaseRepository.appendHistory(c, caseId, now, actor, checked ? "EVIDENCE_CHECKED" : "EVIDENCE_UNCHECKED",
                    item, r.state(), null);
            return null;
        });
        return detail(caseId);
    }

    /**
     * Copies a file into attachments/case-ID/ as evidence (for a checklist item, or null); the item is checked.
     * The original file is not touched.
     */
    public EvidenceFile attachEvidence(long caseId, String item, Path file, String actor) {
        return Evidence.attach(this, db, folder, clock, caseId, item, file, actor);
    }

    /**
     * Writes the dispute package (summary, history, clocks, checklist and evidence files) into {@code target}:
     * a folder, or a .zip file when {@code zip}. Returns what was written.
     */
    public Path exportDisputePackage(long caseId, Path target, boolean zip, com.afterdesk.common.Messages messages) {
        return DisputePackage.write(detail(caseId), target, zip, messages, clock);
    }

    // ---- follow-ups

    /** A reminder set by hand. */
    public FollowUp addFollowUp(long caseId, Instant due, String note, String actor) {
        Instant now = now();
        long id = db.transaction(c -> {
            CaseRecord r = CaseRepository.findCase(c, caseId)
                    .orElseThrow(() -> new UserException("cases.notFound", String.valueOf(caseId)));
            long fid = CaseRepository.insertFollowUp(c, caseId, due, FollowUpReason.MANUAL, note, now);
            CaseRepository.appendHistory(c, caseId, now, actor, "FOLLOW_UP_ADDED", due + " " + (note == null ? "" : note),
                    r.state(), null);
            return fid;
        });
        return followUp(id);
    }

    /** Marks a reminder done; a recurring automatic one (daily / twice a day) schedules its next time. */
    public FollowUp completeFollowUp(long followUpId, String actor) {
        Instant now = now();
        db.transaction(c -> {
            FollowUps.complete(c, followUpId, actor, now);
            return null;
        });
        return followUp(followUpId);
    }

    /** Moves a reminder to a later time. */
    public FollowUp snoozeFollowUp(long followUpId, Instant until, String actor) {
        Instant now = now();
        if (!until.isAfter(now)) {
            throw new UserException("cases.followUp.snoozePast", until);
        }
        db.transaction(c -> {
            FollowUp f = FollowUps.find(c, followUpId);
            CaseRepository.updateFollowUp(c, followUpId, until, null);
            CaseRepository.appendHistory(c, f.caseId(), now, actor, "FOLLOW_UP_SNOOZED", f.reason() + " " + until,
                    null, null);
            return null;
        });
        return followUp(followUpId);
    }

    /** Open reminders due before {@code until}, soonest first. */
    public List<FollowUp> openFollowUps(Instant until) {
        return db.read(c -> CaseRepository.followUps(c, "done_at IS NULL AND due_at <= ? ORDER BY due_at",
                until.toEpochMilli()));
    }

    public FollowUp followUp(long id) {
        return db.read(c -> FollowUps.find(c, id));
    }

    // ---- reading

    public CaseRecord record(long caseId) {
        return db.read(c -> CaseRepository.findCase(c, caseId))
                .orElseThrow(() -> new UserException("cases.notFound", String.valueOf(caseId)));
    }

    public Optional<CaseDetail> find(long caseId) {
        Instant now = now();
        return db.read(c -> {
            Optional<CaseRecord> r = CaseRepository.findCase(c, caseId);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            CaseRecord rec = r.get();
            List<CaseClock> clocks = CaseRepository.clocks(c, caseId);
            List<Instant> times = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            CaseRepository.checkedEvidence(c, caseId, times, keys);
            List<EvidenceItem> items = new ArrayList<>();
            for (String key : EvidenceChecklist.itemsFor(rec.category(), rec.secondaryCategories())) {
                int i = keys.indexOf(key);
                items.add(new EvidenceItem(key, i >= 0, i >= 0 ? times.get(i) : null));
            }
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i);
                if (items.stream().noneMatch(x -> x.key().equals(key))) {
                    items.add(new EvidenceItem(key, true, times.get(i)));
                }
            }
            return Optional.of(new CaseDetail(rec, clocks, CaseRepository.history(c, caseId), items,
                    CaseRepository.evidenceFiles(c, caseId, folder.attachments()),
                    CaseRepository.followUps(c, "case_id = ? ORDER BY due_at, id", caseId),
                    Lifecycle.allowedEvents(new Lifecycle.Facts(rec.platform(), rec.type(), rec.shipped(), rec.state(),
                            rec.openedAt()), clocks, now)));
        });
    }

    public CaseDetail detail(long caseId) {
        return find(caseId).orElseThrow(() -> new UserException("cases.notFound", String.valueOf(caseId)));
    }

    /** The case log: filtered, most urgent seller clock first, one page. */
    public CaseLogPage log(CaseLogQuery query) {
        return repository.log(query, now(), urgencyPolicy());
    }

    /** Running clocks due within {@code within} of {@code at} (null = all), most urgent first. */
    public List<DueClock> due(Instant at, Duration within) {
        UrgencyPolicy policy = urgencyPolicy();
        List<DueClock> list = new ArrayList<>(repository.runningClocks(at, within == null ? null : at.plus(within),
                policy));
        list.sort(java.util.Comparator.comparing(DueClock::urgency).thenComparing(DueClock::actor)
                .thenComparing(DueClock::remaining).thenComparing(DueClock::caseId));
        return list;
    }

    /** The soonest running seller deadline (status bar). */
    public Optional<DueClock> nextSellerDeadline() {
        return repository.nextSellerDeadline(now(), urgencyPolicy());
    }

    public long count() {
        return repository.count();
    }

    CaseRepository repository() {
        return repository;
    }
}
