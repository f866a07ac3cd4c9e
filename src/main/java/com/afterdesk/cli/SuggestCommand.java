package com.afterdesk.cli;

import com.afterdesk.common.Messages;
import com.afterdesk.common.UserException;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Platform;
import com.afterdesk.domain.Stage;
import com.afterdesk.scripts.suggest.CategoryScore;
import com.afterdesk.scripts.suggest.ConversationContext;
import com.afterdesk.scripts.suggest.ScriptSuggestion;
import com.afterdesk.scripts.suggest.SuggestionRequest;
import com.afterdesk.scripts.suggest.Suggestions;
import com.afterdesk.storage.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code suggest TEXT [--top N] [--platform P] [--after STAGE] [--evidence] [--json]}: ranked reply scripts. */
@Command(name = "suggest", mixinStandardHelpOptions = true)
final class SuggestCommand implements Callable<Integer> {

    @ParentCommand
    Cli root;

    @Parameters(index = "0", paramLabel = "TEXT", descriptionKey = "suggest.text")
    String text;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5", descriptionKey = "suggest.top")
    int top;

    @Option(names = "--case", paramLabel = "ID", descriptionKey = "suggest.case")
    String caseId;

    @Option(names = "--platform", paramLabel = "P", descriptionKey = "suggest.platform")
    String platform;

    @Option(names = "--after", paramLabel = "STAGE", descriptionKey = "suggest.after")
    String after;

    @Option(names = "--evidence", descriptionKey = "suggest.evidence")
    boolean evidence;

    @Option(names = "--json", descriptionKey = "suggest.json")
    boolean json;

    @Override
    public Integer call() {
        if (top < 1 || top > 100) {
            throw new UserException("cli.suggest.badTop", top);
        }
        Platform p = null;
        java.util.Set<com.afterdesk.scripts.suggest.Claim> caseFacts = null;
        if (caseId != null) {
            long id;
            try {
                id = Long.parseLong(caseId.trim());
            } catch (NumberFormatException e) {
                throw new UserException("cli.case.badId", caseId);
            }
            // the case decides the platform (platform-specific scripts) unless --platform says otherwise, and what
            // it shows as done (scripts saying 退款已办好 only once it is)
            com.afterdesk.cases.CaseRecord record = root.backend().cases().find(id)
                    .orElseThrow(() -> new UserException("cli.checkReply.noCase", String.valueOf(id))).record();
            p = record.platform();
            caseFacts = com.afterdesk.chat.ServicesChatAssist.facts(record);
        }
        if (platform != null) {
            try {
                p = Platform.fromId(platform);
            } catch (IllegalArgumentException e) {
                throw new UserException("cli.suggest.badPlatform", platform);
            }
        }
        Stage previous = null;
        if (after != null) {
            try {
                previous = Stage.valueOf(after.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserException("cli.suggest.badStage", after);
            }
        }
        ConversationContext ctx = evidence ? ConversationContext.evidenceIn(previous)
                : previous != null ? ConversationContext.after(previous) : ConversationContext.FIRST_REPLY;
        if (caseFacts != null) {
            ctx = ctx.withFacts(caseFacts);
        }
        Suggestions s = root.backend().suggestions().suggest(new SuggestionRequest(text, p, ctx, top));
        if (json) {
            try {
                root.out().println(Json.mapper().writeValueAsString(toJson(s)));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            print(s, root.messages());
        }
        return Cli.OK;
    }

    static Map<String, Object> toJson(Suggestions s) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> cats = new ArrayList<>();
        for (CategoryScore c : s.classification().categories()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.category().name());
            m.put("score", ClassifyCommand.round(c.score()));
            cats.add(m);
        }
        out.put("categories", cats);
        out.put("emotion", s.classification().emotion().name());
        out.put("alsoAbout", s.classification().secondary().stream().map(Category::name).toList());
        out.put("stages", s.stages().stream().map(Stage::name).toList());
        List<Map<String, Object>> scripts = new ArrayList<>();
        for (ScriptSuggestion x : s.scripts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", x.script().id());
            m.put("category", x.script().isGeneral() ? "GENERAL" : x.script().category().name());
            m.put("stage", x.script().stage().name());
            m.put("text", x.script().text());
            m.put("score", ClassifyCommand.round(x.score()));
            m.put("reason", x.reason());
            scripts.add(m);
        }
        out.put("scripts", scripts);
        return out;
    }

    private void print(Suggestions s, Messages m) {
        StringBuilder cats = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            CategoryScore c = s.classification().categories().get(i);
            if (i > 0) {
                cats.append("，");
            }
            cats.append(m.tr(c.category().labelKey())).append(String.format(" %.2f", c.score()));
        }
        root.out().println(m.tr("cli.suggest.categories", cats));
        root.out().println(m.tr("cli.suggest.emotion", m.tr(s.classification().emotion().labelKey())));
        if (!s.classification().secondary().isEmpty()) {
            root.out().println(m.tr("cli.suggest.also", String.join("，", s.classification().secondary().stream()
                    .map(c -> m.tr(c.labelKey())).toList())));
        }
        if (s.scripts().isEmpty()) {
            root.out().println(m.tr("cli.suggest.none"));
        }
        int i = 1;
        for (ScriptSuggestion x : s.scripts()) {
            String cat = x.script().isGeneral() ? m.tr("cli.suggest.general") : m.tr(x.script().category().labelKey());
            root.out().println(m.tr("cli.suggest.script", i++, cat, m.tr(x.script().stage().labelKey()),
                    x.script().id(), String.format("%.2f", x.score())));
            root.out().println("   " + x.script().text());
        }
    }
}
