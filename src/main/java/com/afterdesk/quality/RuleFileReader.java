package com.afterdesk.quality;

import com.afterdesk.common.Messages;
import com.afterdesk.domain.Category;
import com.afterdesk.storage.Json;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a quality rule file ({@code "format": "afterdesk-quality-rules"}). The shipped defaults and the shop's
 * {@code quality-rules.json} share the format; the shop's file only lists what it changes. Every problem is
 * reported with its line and a file with any problem is rejected as a whole.
 */
final class RuleFileReader {

    static final String FORMAT = "afterdesk-quality-rules";
    private static final Set<String> TOP = Set.of("format", "version", "comment", "rules", "bannedWords", "topics");
    private static final Set<String> RULE = Set.of("id", "enabled", "severity", "message", "phrases", "allow",
            "comment");
    private static final Set<String> PHRASE = Set.of("text", "regex", "view", "whole", "severity", "message", "note",
            "rewrite", "comment");
    private static final Set<String> ALLOW = Set.of("text", "regex", "view", "comment");
    private static final int MAX_ENTRIES = 5000;

    /** What a file asks for, validated. */
    record Parsed(List<RulePatch> rules, List<RuleSet.Phrase> bannedWords, Map<Category, List<String>> topics) {
    }

    /** Settings and words for one rule; null fields leave the defaults as they are. */
    record RulePatch(RuleId id, Boolean enabled, Severity severity, String messageKey, List<RuleSet.Phrase> phrases,
                     List<RuleSet.Allow> allow) {
    }

    private final String fileName;
    private final List<RuleFileException.Problem> problems = new ArrayList<>();
    private final Messages keys = Messages.forLocale(Messages.CHINESE);

    private RuleFileReader(String fileName) {
        this.fileName = fileName;
    }

    /** Reads and validates a rule file; throws with every problem found. */
    static Parsed read(InputStream in, String fileName) {
        return new RuleFileReader(fileName).parse(in);
    }

    private Parsed parse(InputStream in) {
        Node root = null;
        try (JsonParser p = Json.mapper().getFactory().createParser(in)) {
            if (p.nextToken() == null) {
                problem(1, "the file is empty; expected {\"format\": \"" + FORMAT + "\", ...}");
            } else {
                root = Node.read(p);
                if (p.nextToken() != null) {
                    problem(p.currentTokenLocation().getLineNr(), "unexpected content after the end of the JSON object");
                }
            }
        } catch (JsonProcessingException e) {
            problem(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            problem(0, "cannot read the file: " + e.getMessage());
        }
        List<RulePatch> rules = new ArrayList<>();
        List<RuleSet.Phrase> banned = new ArrayList<>();
        Map<Category, List<String>> topics = new EnumMap<>(Category.class);
        if (root != null) {
            if (!root.isObject()) {
                problem(root.line, "expected a JSON object with \"format\": \"" + FORMAT + "\"");
            } else {
                unknownFields(root, TOP, "the file");
                Node format = root.fields.get("format");
                if (format == null) {
                    problem(root.line, "missing \"format\": \"" + FORMAT + "\"");
                } else if (!FORMAT.equals(format.value)) {
                    problem(format.line, "\"format\" must be \"" + FORMAT + "\"");
                }
                Node list = root.fields.get("rules");
                if (list != null) {
                    Set<RuleId> seen = EnumSet.noneOf(RuleId.class);
                    for (Node r : items(list, "\"rules\"")) {
                        RulePatch patch = rule(r);
                        if (patch != null && !seen.add(patch.id())) {
                            problem(r.line, "rule " + patch.id() + " is listed twice");
                        } else if (patch != null) {
                            rules.add(patch);
                        }
                    }
                }
                Node words = root.fields.get("bannedWords");
                if (words != null) {
                    for (Node w : items(words, "\"bannedWords\"")) {
                        RuleSet.Phrase ph = phrase(w, "banned word");
                        if (ph != null) {
                            banned.add(ph);
                        }
                    }
                }
                Node t = root.fields.get("topics");
                if (t != null) {
                    topics(t, topics);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleFileException(fileName, problems);
        }
        return new Parsed(rules, banned, topics);
    }

    private RulePatch rule(Node r) {
        if (!r.isObject()) {
            problem(r.line, "each rule must be an object like {\"id\": \"OFF_PLATFORM\", ...}");
            return null;
        }
        unknownFields(r, RULE, "a rule");
        int before = problems.size();
        String idText = string(r, "id");
        RuleId id = null;
        if (idText == null) {
            problem(r.line, "rule without \"id\"; use one of " + List.of(RuleId.values()));
        } else {
            try {
                id = RuleId.valueOf(idText.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(r.fields.get("id").line, "unknown rule " + idText + "; use one of " + List.of(RuleId.values()));
            }
        }
        Boolean enabled = null;
        Node en = r.fields.get("enabled");
        if (en != null) {
            if (en.value instanceof Boolean b) {
                enabled = b;
            } else {
                problem(en.line, "\"enabled\" must be true or false");
            }
        }
        Severity severity = severity(r);
        String message = messageKey(r);
        List<RuleSet.Phrase> phrases = new ArrayList<>();
        Node ps = r.fields.get("phrases");
        if (ps != null) {
            for (Node p : items(ps, "\"phrases\"")) {
                RuleSet.Phrase ph = phrase(p, "phrase");
                if (ph != null) {
                    phrases.add(ph);
                }
            }
        }
        List<RuleSet.Allow> allow = new ArrayList<>();
        Node as = r.fields.get("allow");
        if (as != null) {
            for (Node a : items(as, "\"allow\"")) {
                RuleSet.Allow al = allow(a);
                if (al != null) {
                    allow.add(al);
                }
            }
        }
        if (id != null && !id.hasWordList() && !phrases.isEmpty()) {
            problem(ps.line, "rule " + id + " is computed and takes no \"phrases\"; for words of your own use "
                    + "\"bannedWords\"");
        }
        if (id != null && !id.hasWordList() && id != RuleId.SHOP_BANNED_WORD && !allow.isEmpty()) {
            problem(as.line, "rule " + id + " is computed and takes no \"allow\" list");
        }
        return problems.size() > before ? null : new RulePatch(id, enabled, severity, message, phrases, allow);
    }

    private RuleSet.Phrase phrase(Node n, String what) {
        Node obj = n;
        if (n.isString()) {
            obj = Node.object(n.line, Map.of("text", n));
        } else if (!n.isObject()) {
            problem(n.line, "a " + what + " must be a text or an object like {\"text\": \"...\", \"rewrite\": \"...\"}");
            return null;
        }
        unknownFields(obj, PHRASE, "a " + what);
        int before = problems.size();
        FoldedText.View view = view(obj);
        Pattern pattern = pattern(obj, view);
        boolean whole = false;
        Node w = obj.fields.get("whole");
        if (w != null) {
            if (w.value instanceof Boolean b) {
                whole = b;
            } else {
                problem(w.line, "\"whole\" must be true or false");
            }
        }
        if (pattern != null && whole) {
            // the whole reply, apart from punctuation, emoji and symbols, is this phrase
            pattern = Pattern.compile("^[\\p{P}\\p{S}]*(" + pattern.pattern() + ")[\\p{P}\\p{S}]*$", pattern.flags());
        }
        Severity severity = severity(obj);
        String message = messageKey(obj);
        String note = string(obj, "note");
        String rewrite = string(obj, "rewrite");
        return problems.size() > before ? null
                : new RuleSet.Phrase(pattern, view, whole, severity, message, blankToNull(note), rewrite);
    }

    private RuleSet.Allow allow(Node n) {
        Node obj = n;
        if (n.isString()) {
            obj = Node.object(n.line, Map.of("text", n));
        } else if (!n.isObject()) {
            problem(n.line, "an exception must be a text or an object like {\"regex\": \"...\"}");
            return null;
        }
        unknownFields(obj, ALLOW, "an exception");
        int before = problems.size();
        FoldedText.View view = view(obj);
        Pattern pattern = pattern(obj, view);
        return problems.size() > before ? null : new RuleSet.Allow(pattern, view);
    }

    private FoldedText.View view(Node obj) {
        String v = string(obj, "view");
        if (v == null) {
            return FoldedText.View.TEXT;
        }
        try {
            return FoldedText.View.valueOf(v.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(obj.fields.get("view").line, "\"view\" must be \"text\" or \"digits\", not " + v);
            return FoldedText.View.TEXT;
        }
    }

    private Pattern pattern(Node obj, FoldedText.View view) {
        String text = string(obj, "text");
        String regex = string(obj, "regex");
        if ((text == null) == (regex == null)) {
            problem(obj.line, "give either \"text\" or \"regex\"");
            return null;
        }
        if (text != null) {
            String folded = FoldedText.of(text, view).text;
            if (folded.isEmpty()) {
                problem(obj.fields.get("text").line, "empty \"text\"");
                return null;
            }
            return Pattern.compile(Pattern.quote(folded));
        }
        if (regex.isBlank()) {
            problem(obj.fields.get("regex").line, "empty \"regex\"");
            return null;
        }
        try {
            Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            if (p.matcher("").matches()) {
                problem(obj.fields.get("regex").line, "the regex " + regex + " matches an empty text");
                return null;
            }
            return p;
        } catch (PatternSyntaxException e) {
            problem(obj.fields.get("regex").line, "bad regex " + regex + ": " + e.getDescription());
            return null;
        }
    }

    private Severity severity(Node obj) {
        String s = string(obj, "severity");
        if (s == null) {
            return null;
        }
        try {
            return Severity.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(obj.fields.get("severity").line, "\"severity\" must be BLOCK, WARN or INFO, not " + s);
            return null;
        }
    }

    private String messageKey(Node obj) {
        String key = string(obj, "message");
        if (key != null && !keys.has(key)) {
            problem(obj.fields.get("message").line, "unknown message key " + key
                    + " (for your own explanation use \"note\")");
            return null;
        }
        return key;
    }

    private void topics(Node t, Map<Category, List<String>> out) {
        if (!t.isObject()) {
            problem(t.line, "\"topics\" must be an object like {\"LOGISTICS_DELAY\": [\"物流\", ...]}");
            return;
        }
        t.fields.forEach((name, words) -> {
            Category c;
            try {
                c = Category.fromId(name);
            } catch (IllegalArgumentException e) {
                problem(words.line, "unknown category " + name);
                return;
            }
            List<String> list = out.computeIfAbsent(c, x -> new ArrayList<>());
            for (Node w : items(words, "topic words of " + name)) {
                if (w.isString() && !FoldedText.of((String) w.value, FoldedText.View.TEXT).text.isEmpty()) {
                    list.add(FoldedText.of((String) w.value, FoldedText.View.TEXT).text);
                } else {
                    problem(w.line, "topic words must be non-empty texts");
                }
            }
        });
    }

    private List<Node> items(Node n, String what) {
        if (!n.isArray()) {
            problem(n.line, what + " must be a list [...]");
            return List.of();
        }
        if (n.items.size() > MAX_ENTRIES) {
            problem(n.line, what + " has more than " + MAX_ENTRIES + " entries");
            return List.of();
        }
        return n.items;
    }

    private String string(Node obj, String field) {
        Node v = obj.fields.get(field);
        if (v == null || v.value == null && !v.isObject() && !v.isArray()) {
            return null;
        }
        if (!v.isString()) {
            problem(v.line, "\"" + field + "\" must be a text");
            return null;
        }
        return (String) v.value;
    }

    private void unknownFields(Node obj, Set<String> known, String what) {
        for (Map.Entry<String, Node> e : obj.fields.entrySet()) {
            if (!known.contains(e.getKey())) {
                problem(e.getValue().line, "unknown field \"" + e.getKey() + "\" in " + what + "; known: "
                        + known.stream().sorted().toList());
            }
        }
    }

    private void problem(int line, String message) {
        problems.add(new RuleFileException.Problem(line, message));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A JSON value with the line it starts on, so problems can name the line. */
    static final class Node {
        enum Kind { OBJECT, ARRAY, STRING, OTHER }

        final Kind kind;
        final int line;
        final Object value;
        final Map<String, Node> fields = new LinkedHashMap<>();
        final List<Node> items = new ArrayList<>();

        private Node(Kind kind, int line, Object value) {
            this.kind = kind;
            this.line = line;
            this.value = value;
        }

        static Node object(int line, Map<String, Node> fields) {
            Node n = new Node(Kind.OBJECT, line, null);
            n.fields.putAll(fields);
            return n;
        }

        boolean isObject() {
            return kind == Kind.OBJECT;
        }

        boolean isArray() {
            return kind == Kind.ARRAY;
        }

        boolean isString() {
            return kind == Kind.STRING;
        }

        /** Reads the value at the parser's current token. */
        static Node read(JsonParser p) throws IOException {
            int line = p.currentTokenLocation().getLineNr();
            JsonToken t = p.currentToken();
            switch (t) {
                case START_OBJECT -> {
                    Node n = new Node(Kind.OBJECT, line, null);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        n.fields.put(name, read(p));
                    }
                    return n;
                }
                case START_ARRAY -> {
                    Node n = new Node(Kind.ARRAY, line, null);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        n.items.add(read(p));
                    }
                    return n;
                }
                case VALUE_STRING -> {
                    return new Node(Kind.STRING, line, p.getText());
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return new Node(Kind.OTHER, line, p.getBooleanValue());
                }
                case VALUE_NULL -> {
                    return new Node(Kind.OTHER, line, null);
                }
                default -> {
                    return new Node(Kind.OTHER, line, p.getText());
                }
            }
        }
    }
}
