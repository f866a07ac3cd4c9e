package com.afterdesk.chat;

import com.afterdesk.cases.CaseDetail;
import com.afterdesk.cases.CaseLogQuery;
import com.afterdesk.cases.CaseRecord;
import com.afterdesk.cases.CaseService;
import com.afterdesk.cases.HistoryEntry;
import com.afterdesk.cases.Money;
import com.afterdesk.cases.NewCase;
import com.afterdesk.deadlines.Actor;
import com.afterdesk.deadlines.CaseState;
import com.afterdesk.deadlines.Outcome;
import com.afterdesk.deadlines.RequestType;
import com.afterdesk.common.Messages;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Platform;
import com.afterdesk.quality.CheckResult;
import com.afterdesk.quality.Finding;
import com.afterdesk.quality.ReplyChecker;
import com.afterdesk.quality.ReplyContext;
import com.afterdesk.scripts.Script;
import com.afterdesk.scripts.ScriptLibrary;
import com.afterdesk.scripts.suggest.Claim;
import com.afterdesk.scripts.suggest.ConversationContext;
import com.afterdesk.scripts.suggest.SuggestionEngine;
import com.afterdesk.scripts.suggest.SuggestionRequest;
import com.afterdesk.scripts.suggest.Suggestions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;

/** The chat's view of the real services: suggestion engine, script library, quality checks and case log. */
public final class ServicesChatAssist implements ChatAssist {

    private final ReplyChecker checker;
    private final Function<Long, Optional<ReplyContext>> contexts;
    private final CaseService cases;
    private final ScriptLibrary scripts;
    private final SuggestionEngine engine;
    private final Clock clock;

    /**
     * @param contexts what the reply checks know of a case, by case id
     */
    public ServicesChatAssist(ReplyChecker checker, Function<Long, Optional<ReplyContext>> contexts,
                              CaseService cases, ScriptLibrary scripts, SuggestionEngine engine, Clock clock) {
        this.engine = engine;
        this.checker = checker;
        this.contexts = contexts;
        this.cases = cases;
        this.scripts = scripts;
        this.clock = clock;
    }

    @Override
    public Advice advise(String buyerText, Platform platform, StageContext stage, int topN) {
        if (buyerText == null || buyerText.isBlank()) {
            return Advice.NONE;
        }
        ConversationContext context = new ConversationContext(stage.firstReply(), stage.evidenceRequested(),
                stage.evidenceReceived(), stage.previousStage());
        if (stage.caseId() != null) {
            Optional<CaseDetail> d = cases.find(stage.caseId());
            if (d.isPresent()) {
                context = context.withFacts(facts(d.get().record()));
            }
        }
        Suggestions s = engine.suggest(new SuggestionRequest(buyerText, platform, context, topN));
        return new Advice(s.classification().categories().stream()
                .map(c -> new CategoryScore(c.category(), c.score())).toList(), s.classification().emotion(),
                s.scripts().stream().map(x -> new Suggested(x.script(), x.score(), x.reason())).toList(),
                s.classification().secondary());
    }

    @Override
    public Optional<Script> scriptByCode(String code) {
        return scripts.byCode(code);
    }

    @Override
    public Optional<Script> script(String id) {
        return scripts.byId(id);
    }

    @Override
    public Map<String, String> placeholderValues(Conversation conversation) {
        Map<String, String> values = new HashMap<>();
        if (!conversation.buyerNick().isBlank()) {
            values.put("买家", conversation.buyerNick());
        }
        if (conversation.hasCase()) {
            cases.find(conversation.caseId()).ifPresent(d -> values.putAll(caseValues(d, clock.instant())));
        }
        return values;
    }

    /**
     * What a case shows as done, for the scripts that state it: refunded (the outcome is a refund or a ruling for the
     * buyer), resent (a resend or an exchange), resolved (the case is resolved or closed).
     */
    public static Set<Claim> facts(CaseRecord r) {
        Set<Claim> out = EnumSet.noneOf(Claim.class);
        Outcome o = r.outcome();
        if (o == Outcome.REFUNDED || o == Outcome.PARTIALLY_REFUNDED || o == Outcome.RULED_FOR_BUYER) {
            out.add(Claim.REFUNDED);
        }
        if (o == Outcome.RESENT || o == Outcome.EXCHANGED) {
            out.add(Claim.RESENT);
        }
        if (r.state() != null && r.state().isFinal()) {
            out.add(Claim.RESOLVED);
        }
        return out;
    }

    /** Placeholder values a case knows: buyer, order, product, amounts, shop, time left on the seller's clock. */
    static Map<String, String> caseValues(CaseDetail d, Instant now) {
        CaseRecord r = d.record();
        Map<String, String> values = new HashMap<>();
        putIfKnown(values, "买家", r.buyerNick());
        putIfKnown(values, "订单号", r.orderNo());
        putIfKnown(values, "商品", r.product());
        putIfKnown(values, "店铺", r.shop());
        if (r.amountFen() > 0) {
            values.put("金额", Money.format(r.amountFen()));
        }
        if (r.postageFen() > 0) {
            values.put("运费", Money.format(r.postageFen()));
        }
        d.runningClocks().stream().filter(c -> c.actor() == Actor.SELLER && !c.paused())
                .map(c -> c.dueAt()).min(java.util.Comparator.naturalOrder())
                .filter(due -> due.isAfter(now))
                .ifPresent(due -> {
                    Duration left = Duration.between(now, due);
                    values.put("剩余时间", left.toHours() > 0 ? left.toHours() + "小时" + left.toMinutesPart() + "分钟"
                            : Math.max(1, left.toMinutes()) + "分钟");
                });
        return values;
    }

    private static void putIfKnown(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value.strip());
        }
    }

    @Override
    public List<Issue> check(String reply, Conversation conversation, String buyerText, Messages messages) {
        ReplyContext ctx = conversation.hasCase()
                ? contexts.apply(conversation.caseId()).orElse(ReplyContext.none()) : ReplyContext.none();
        CheckResult result = checker.check(reply, ctx, buyerText == null || buyerText.isBlank() ? null : buyerText,
                messages);
        return result.findings().stream().map(ServicesChatAssist::issue).toList();
    }

    static Issue issue(Finding f) {
        Severity severity = switch (f.severity()) {
            case BLOCK -> Severity.BLOCK;
            case WARN -> Severity.WARN;
            default -> Severity.INFO;
        };
        return new Issue(f.rule().name(), severity, f.start(), f.end(), f.message(), f.suggestion());
    }

    @Override
    public void correctEmotion(String buyerText, com.afterdesk.domain.Emotion emotion) {
        engine.correctEmotion(buyerText, emotion);
    }

    @Override
    public void recordSent(String buyerText, List<String> scriptIds, boolean edited, double editRatio) {
        for (String id : scriptIds) {
            scripts.recordUse(id, edited, editRatio);
        }
        if (!scriptIds.isEmpty() && buyerText != null && !buyerText.isBlank()) {
            // the script the agent reached for first is the one the engine should learn to rank higher
            engine.recordChoice(buyerText, scriptIds.get(0));
        }
    }

    @Override
    public List<OpenCase> openCases(int limit) {
        Set<CaseState> open = java.util.EnumSet.noneOf(CaseState.class);
        for (CaseState s : CaseState.values()) {
            if (!s.isFinal()) {
                open.add(s);
            }
        }
        CaseLogQuery query = new CaseLogQuery(Set.of(), open, Set.of(), Set.of(), null, null, 0, limit);
        return cases.log(query).rows().stream().map(r -> new OpenCase(r.caseId(), r.platform(),
                r.buyerNick() == null ? "" : r.buyerNick(), r.orderNo(), r.openedAt())).toList();
    }

    @Override
    public boolean canOpenCases() {
        return true;
    }

    @Override
    public long openCase(Conversation conversation, Category category, Set<Category> alsoAbout, String orderNo,
                         String buyerText) {
        NewCase n = NewCase.of(conversation.platform(), RequestType.NONE, orderNo)
                .withCategory(category, alsoAbout)
                .withNotes(buyerText == null ? "" : buyerText);
        if (!conversation.buyerNick().isBlank()) {
            n = n.withBuyer(conversation.buyerNick());
        }
        return cases.create(n, HistoryEntry.AGENT).id();
    }
}
