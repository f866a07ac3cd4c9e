package com.afterdesk.chat;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.Platform;
import com.afterdesk.domain.Stage;
import com.afterdesk.quality.CheckResult;
import com.afterdesk.quality.Finding;
import com.afterdesk.quality.ReplyChecker;
import com.afterdesk.quality.ReplyContext;
import com.afterdesk.scripts.Script;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The chat's view of the real services: suggestion engine, script library, quality checks and case log. */
public final class ServicesChatAssist implements ChatAssist {

    private final ReplyChecker checker;
    private final Function<Long, Optional<ReplyContext>> contexts;

    /**
     * @param contexts what the reply checks know of a case, by case id
     */
    public ServicesChatAssist(ReplyChecker checker, Function<Long, Optional<ReplyContext>> contexts) {
        this.checker = checker;
        this.contexts = contexts;
    }

    @Override
    public Advice advise(String buyerText, Platform platform, Stage lastStage, int topN) {
        return Advice.NONE;
    }

    @Override
    public Optional<Script> scriptByCode(String code) {
        return Optional.empty();
    }

    @Override
    public Optional<Script> script(String id) {
        return Optional.empty();
    }

    @Override
    public Map<String, String> placeholderValues(Conversation conversation) {
        return Map.of();
    }

    @Override
    public List<Issue> check(String reply, Conversation conversation, String buyerText) {
        ReplyContext ctx = conversation.hasCase()
                ? contexts.apply(conversation.caseId()).orElse(ReplyContext.none()) : ReplyContext.none();
        CheckResult result = checker.check(reply, ctx, buyerText == null || buyerText.isBlank() ? null : buyerText);
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
    public void recordSent(String buyerText, List<String> scriptIds, boolean edited, double editRatio) {
    }

    @Override
    public boolean canOpenCases() {
        return false;
    }

    @Override
    public long openCase(Conversation conversation, Category category, String orderNo, String buyerText) {
        throw new IllegalStateException("no case log");
    }
}
