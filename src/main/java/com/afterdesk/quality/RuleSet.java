package com.afterdesk.quality;

import com.afterdesk.domain.Category;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules in force: the shipped defaults ({@code assets/quality/rules.json}) with the shop's own file merged
 * on top. Immutable once built.
 */
public final class RuleSet {

    /**
     * A word or pattern that triggers a rule; {@code whole} ones only when they are the entire reply (group 1 is
     * the span). {@code severity}, {@code messageKey} or {@code note} override the rule's.
     */
    record Phrase(Pattern pattern, FoldedText.View view, boolean whole, Severity severity, String messageKey,
                  String note, String rewrite) {
    }

    /** An exception: a match that lies inside an allowed expression (e.g. 最 inside 最晚) is not a finding. */
    record Allow(Pattern pattern, FoldedText.View view) {
    }

    /** One rule with its settings and word lists. */
    record Rule(RuleId id, boolean enabled, Severity severity, String messageKey, List<Phrase> phrases,
                List<Allow> allow) {
        Rule {
            phrases = List.copyOf(phrases);
            allow = List.copyOf(allow);
        }
    }

    private final Map<RuleId, Rule> rules;
    private final List<Phrase> bannedWords;
    private final Map<Category, List<String>> topics;

    RuleSet(Map<RuleId, Rule> rules, List<Phrase> bannedWords, Map<Category, List<String>> topics) {
        Map<RuleId, Rule> r = new EnumMap<>(RuleId.class);
        r.putAll(rules);
        this.rules = Collections.unmodifiableMap(r);
        this.bannedWords = List.copyOf(bannedWords);
        Map<Category, List<String>> t = new EnumMap<>(Category.class);
        topics.forEach((k, v) -> t.put(k, List.copyOf(v)));
        this.topics = Collections.unmodifiableMap(t);
    }

    Rule rule(RuleId id) {
        return rules.get(id);
    }

    /** True when the rule is on. */
    public boolean enabled(RuleId id) {
        Rule r = rules.get(id);
        return r != null && r.enabled();
    }

    /** The rule's severity (phrases may override it). */
    public Severity severity(RuleId id) {
        Rule r = rules.get(id);
        return r == null ? Severity.WARN : r.severity();
    }

    List<Phrase> bannedWords() {
        return bannedWords;
    }

    /** How many words the shop banned. */
    public int bannedWordCount() {
        return bannedWords.size();
    }

    /** Topic words per category, for the built-in 答非所问 check. */
    public Map<Category, List<String>> topics() {
        return topics;
    }

    /** Merges a shop file onto these rules: switches, severities, extra words and exceptions. */
    RuleSet merge(RuleFileReader.Parsed shop) {
        Map<RuleId, Rule> merged = new EnumMap<>(RuleId.class);
        merged.putAll(rules);
        for (RuleFileReader.RulePatch p : shop.rules()) {
            Rule base = merged.get(p.id());
            List<Phrase> phrases = new ArrayList<>(base == null ? List.of() : base.phrases());
            phrases.addAll(p.phrases());
            List<Allow> allow = new ArrayList<>(base == null ? List.of() : base.allow());
            allow.addAll(p.allow());
            merged.put(p.id(), new Rule(p.id(),
                    p.enabled() != null ? p.enabled() : base == null || base.enabled(),
                    p.severity() != null ? p.severity() : base == null ? Severity.WARN : base.severity(),
                    p.messageKey() != null ? p.messageKey() : base == null ? null : base.messageKey(),
                    phrases, allow));
        }
        List<Phrase> banned = new ArrayList<>(bannedWords);
        banned.addAll(shop.bannedWords());
        Map<Category, List<String>> t = new EnumMap<>(Category.class);
        topics.forEach((k, v) -> t.put(k, new ArrayList<>(v)));
        shop.topics().forEach((k, v) -> t.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        return new RuleSet(merged, banned, t);
    }

    /** Builds a rule set from a complete (default) file. */
    static RuleSet of(RuleFileReader.Parsed file) {
        return new RuleSet(Map.of(), List.of(), Map.of()).merge(file);
    }
}
