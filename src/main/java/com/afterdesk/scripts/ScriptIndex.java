package com.afterdesk.scripts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of the library prepared for browsing and searching: every script with its title,
 * text, tags and short code folded once (Traditional to Simplified, full-width to half-width), so a search
 * is a plain substring scan. Rebuilt whenever the library's revision changes.
 */
final class ScriptIndex {

    private record Entry(Script script, int order, String title, String text, List<String> tags, String code) {
    }

    private final List<Script> all;
    private final List<Entry> entries;
    private final Map<String, Script> byId;
    private final Map<String, Script> byCode;

    ScriptIndex(List<Script> scripts) {
        this.all = List.copyOf(scripts);
        List<Entry> list = new ArrayList<>(scripts.size());
        Map<String, Script> ids = new HashMap<>();
        Map<String, Script> codes = new HashMap<>();
        for (int i = 0; i < scripts.size(); i++) {
            Script s = scripts.get(i);
            list.add(new Entry(s, i, SearchText.fold(s.title()), SearchText.fold(s.text()),
                    s.tags().stream().map(SearchText::fold).toList(), s.code() == null ? "" : s.code()));
            ids.put(s.id(), s);
            if (s.code() != null) {
                codes.put(s.code(), s);
            }
        }
        this.entries = list;
        this.byId = ids;
        this.byCode = codes;
    }

    List<Script> all() {
        return all;
    }

    Optional<Script> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<Script> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The scripts in the filter's category and stage that contain every word of the query (in title, text,
     * tags or short code), best match first: short code, title, tag, then text; exact before prefix before
     * substring; ties keep the library order.
     */
    List<Script> find(ScriptFilter filter) {
        String[] terms = filter.query().isEmpty() ? new String[0]
                : SearchText.fold(filter.query()).strip().split("\\s+");
        if (terms.length == 0 || terms[0].isEmpty()) {
            List<Script> out = new ArrayList<>();
            for (Entry e : entries) {
                if (filter.contains(e.script)) {
                    out.add(e.script);
                }
            }
            return out;
        }
        record Hit(Script script, int score, int order) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Entry e : entries) {
            if (!filter.contains(e.script)) {
                continue;
            }
            int total = 0;
            for (String term : terms) {
                int score = score(e, term);
                if (score == 0) {
                    total = 0;
                    break;
                }
                total += score;
            }
            if (total > 0) {
                hits.add(new Hit(e.script, total, e.order));
            }
        }
        hits.sort((a, b) -> a.score != b.score ? Integer.compare(b.score, a.score) : Integer.compare(a.order, b.order));
        List<Script> out = new ArrayList<>(hits.size());
        hits.forEach(h -> out.add(h.script));
        return Collections.unmodifiableList(out);
    }

    private static int score(Entry e, String term) {
        int best = 0;
        if (!e.code.isEmpty()) {
            String bare = e.code.substring(1);
            if (e.code.equals(term) || bare.equals(term)) {
                best = 1000;
            } else if (e.code.startsWith(term) || bare.startsWith(term)) {
                best = 400;
            }
        }
        best = Math.max(best, graded(e.title, term, 600, 300, 200));
        for (String tag : e.tags) {
            best = Math.max(best, graded(tag, term, 250, 150, 120));
        }
        best = Math.max(best, graded(e.text, term, 100, 80, 50));
        return best;
    }

    private static int graded(String field, String term, int exact, int prefix, int contains) {
        if (field.isEmpty()) {
            return 0;
        }
        if (field.equals(term)) {
            return exact;
        }
        if (field.startsWith(term)) {
            return prefix;
        }
        return field.contains(term) ? contains : 0;
    }
}
